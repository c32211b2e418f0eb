import { useReducer } from "react";
import { QUORUM, statusOf } from "./rules.js";

const PROPOSALS = [
  { id: "P-7", title: "Install two rainwater tanks (£640)", tally: { for: 9, against: 4, abstain: 2 } },
  { id: "P-8", title: "No glyphosate on shared beds", tally: { for: 8, against: 8, abstain: 3 } },
  { id: "P-9", title: "Move the compost bays to the north fence", tally: { for: 3, against: 11, abstain: 4 } },
];

const CHOICES = [
  { key: "for", label: "For" },
  { key: "against", label: "Against" },
  { key: "abstain", label: "Abstain" },
];

function init(proposals) {
  return { proposals, mine: {}, locked: false };
}

function reducer(state, action) {
  if (state.locked && action.type !== "unlock") return state;
  switch (action.type) {
    case "vote": {
      const previous = state.mine[action.id];
      if (previous === action.choice) return state;
      const proposals = state.proposals.map((p) => {
        if (p.id !== action.id) return p;
        const tally = { ...p.tally, [action.choice]: p.tally[action.choice] + 1 };
        if (previous) tally[previous] -= 1;
        return { ...p, tally };
      });
      return { ...state, proposals, mine: { ...state.mine, [action.id]: action.choice } };
    }
    case "lock":
      return { ...state, locked: true };
    default:
      return state;
  }
}

export default function ProposalVote({ proposals = PROPOSALS, members = 30 }) {
  const [state, dispatch] = useReducer(reducer, proposals, init);

  return (
    <div className="garden-vote">
      <h1>Sunpatch Community Garden - spring AGM vote</h1>
      <p>
        {members} members. A proposal needs {QUORUM} votes cast (abstentions count) and more For than Against.
      </p>

      {state.proposals.map((p) => {
        const cast = p.tally.for + p.tally.against + p.tally.abstain;
        const mine = state.mine[p.id];
        return (
          <article key={p.id} aria-label={p.title} className="proposal">
            <h2>
              {p.id}: {p.title}
            </h2>
            <p className="tally">
              For {p.tally.for} - Against {p.tally.against} - Abstain {p.tally.abstain}
            </p>
            <p className="status">{statusOf(p.tally, cast)}</p>
            <div className="choices">
              {CHOICES.map((c) => (
                <button
                  key={c.key}
                  aria-pressed={mine === c.key}
                  disabled={state.locked}
                  onClick={() => dispatch({ type: "vote", id: p.id, choice: c.key })}
                >
                  {c.label}
                </button>
              ))}
            </div>
          </article>
        );
      })}

      {state.locked ? (
        <p className="locked">Your votes are locked in. Thank you!</p>
      ) : (
        <button onClick={() => dispatch({ type: "lock" })}>Lock in my votes</button>
      )}
    </div>
  );
}
