import { useReducer } from "react";

const ALL_APPROVERS = ["Team lead", "Finance controller", "Legal", "CFO", "Procurement"];

const initial = {
  chain: ["Team lead", "CFO", "Finance controller", "Legal"],
  saved: "",
};

function swap(list, a, b) {
  const next = list.slice();
  [next[a], next[b]] = [next[b], next[a]];
  return next;
}

function reducer(state, action) {
  const { chain } = state;
  switch (action.type) {
    case "up":
      if (action.index === 0) return state;
      return { chain: swap(chain, action.index, action.index - 1), saved: "" };
    case "down":
      if (action.index === chain.length - 1) return state;
      return { chain: swap(chain, action.index, action.index + 1), saved: "" };
    case "remove":
      return { chain: chain.filter((_, i) => i !== action.index), saved: "" };
    case "add":
      return chain.includes(action.name) ? state : { chain: [...chain, action.name], saved: "" };
    case "save":
      return { ...state, saved: "Chain saved: " + chain.join(" > ") };
    default:
      return state;
  }
}

function ruleProblem(chain) {
  const fc = chain.indexOf("Finance controller");
  const cfo = chain.indexOf("CFO");
  if (fc !== -1 && cfo !== -1 && cfo < fc) return "Finance controller must come before CFO";
  if (chain.length < 2) return "An invoice over the limit needs at least 2 approvers";
  return "";
}

export default function ApprovalChain({ vendor = "Kessler Industrial GmbH", amount = "€18,420.00", invoice = "INV-2024-0913" }) {
  const [state, dispatch] = useReducer(reducer, initial);
  const problem = ruleProblem(state.chain);
  const available = ALL_APPROVERS.filter((a) => !state.chain.includes(a));

  return (
    <section className="approval-chain">
      <h1>Approval chain</h1>
      <p className="invoice">
        {invoice} · {vendor} · {amount}
      </p>

      <ol className="chain">
        {state.chain.map((name, i) => (
          <li key={name}>
            <span className="step">Step {i + 1}</span> <span className="who">{name}</span>
            <button type="button" disabled={i === 0} onClick={() => dispatch({ type: "up", index: i })}>
              Up
            </button>
            <button type="button" disabled={i === state.chain.length - 1} onClick={() => dispatch({ type: "down", index: i })}>
              Down
            </button>
            <button type="button" onClick={() => dispatch({ type: "remove", index: i })}>
              Remove
            </button>
          </li>
        ))}
      </ol>

      {available.length > 0 && (
        <div className="add">
          <span>Add approver:</span>
          {available.map((a) => (
            <button key={a} type="button" onClick={() => dispatch({ type: "add", name: a })}>
              + {a}
            </button>
          ))}
        </div>
      )}

      {problem && <p className="rule-warning">{problem}</p>}

      <button type="button" className="primary" disabled={!!problem} onClick={() => dispatch({ type: "save" })}>
        Save chain
      </button>
      {state.saved && <p className="saved">{state.saved}</p>}
    </section>
  );
}
