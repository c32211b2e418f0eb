import { useReducer } from "react";

const TEAMS = ["The Quizzly Bears", "Les Quizérables", "Agatha Quiztie", "Universally Challenged"];
const START_SCORES = { "The Quizzly Bears": 12, "Les Quizérables": 10, "Agatha Quiztie": 11, "Universally Challenged": 7 };

const initial = { events: [], undone: [], joker: false };

function reducer(state, action) {
  switch (action.type) {
    case "score":
      return { ...state, events: [...state.events, { team: action.team, delta: action.delta }], undone: [] };
    case "undo": {
      if (!state.events.length) return state;
      const last = state.events[state.events.length - 1];
      return { ...state, events: state.events.slice(0, -1), undone: [last, ...state.undone] };
    }
    case "redo": {
      if (!state.undone.length) return state;
      const [first, ...rest] = state.undone;
      return { ...state, events: [...state.events, first], undone: rest };
    }
    case "joker":
      return { ...state, joker: !state.joker };
    default:
      return state;
  }
}

function totals(events) {
  const t = { ...START_SCORES };
  for (const e of events) t[e.team] += e.delta;
  return t;
}

function leaderLine(t) {
  const best = Math.max(...TEAMS.map((n) => t[n]));
  const leaders = TEAMS.filter((n) => t[n] === best);
  if (leaders.length > 1) return "Tie at " + best + ": " + leaders.join(" & ");
  return "Leading: " + leaders[0] + " (" + best + ")";
}

function describe(e) {
  return (e.delta > 0 ? "+" : "") + e.delta + " " + e.team;
}

export default function QuizScoreboard({ pub = "The Gallowgate Arms", night = "Tuesday quiz · Round 5 of 8" }) {
  const [state, dispatch] = useReducer(reducer, initial);
  const t = totals(state.events);
  const step = state.joker ? 2 : 1;
  const last = state.events[state.events.length - 1];

  return (
    <main className="quiz">
      <h1>{pub}</h1>
      <p>{night}</p>
      <p className="leader">{leaderLine(t)}</p>

      <label className="joker">
        <input type="checkbox" checked={state.joker} onChange={() => dispatch({ type: "joker" })} />
        Joker round (double points)
      </label>

      <table>
        <tbody>
          {TEAMS.map((team) => (
            <tr key={team}>
              <th scope="row">{team}</th>
              <td className="score">{t[team]}</td>
              <td>
                <button type="button" aria-label={"Take a point from " + team} disabled={t[team] - step < 0} onClick={() => dispatch({ type: "score", team, delta: -step })}>
                  −
                </button>
                <button type="button" aria-label={"Add a point to " + team} onClick={() => dispatch({ type: "score", team, delta: step })}>
                  +
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <div className="undo-bar">
        <button type="button" disabled={!state.events.length} onClick={() => dispatch({ type: "undo" })}>
          Undo
        </button>
        <button type="button" disabled={!state.undone.length} onClick={() => dispatch({ type: "redo" })}>
          Redo
        </button>
        <span className="last">{last ? "Last: " + describe(last) : "No changes this round"}</span>
      </div>
    </main>
  );
}
