import { useReducer } from "react";

const SAMPLES = [
  { id: "VX-3310", patient: "Biscuit (beagle)", test: "Thyroid panel", state: "pending" },
  { id: "VX-3314", patient: "Mango (cockatiel)", test: "Psittacosis PCR", state: "pending" },
  { id: "VX-3290", patient: "Clover (rabbit)", test: "CBC", state: "ready" },
  { id: "VX-3295", patient: "Rollo (labrador)", test: "Urinalysis", state: "ready" },
  { id: "VX-3301", patient: "Pippa (cat)", test: "FeLV/FIV", state: "ready" },
  { id: "VX-3288", patient: "Duke (horse)", test: "Liver enzymes", state: "flagged" },
];

const TABS = [
  { key: "pending", title: "Pending" },
  { key: "ready", title: "Ready" },
  { key: "flagged", title: "Flagged" },
];

function inboxReducer(state, action) {
  switch (action.type) {
    case "show":
      return { ...state, tab: action.tab };
    case "flag":
      return {
        ...state,
        samples: state.samples.map((s) => (s.id === action.id ? { ...s, state: "flagged" } : s)),
      };
    case "review":
      return {
        ...state,
        samples: state.samples.filter((s) => s.id !== action.id),
        reviewed: state.reviewed + 1,
      };
    default:
      return state;
  }
}

export default function ResultsInbox({ samples = SAMPLES, vet = "Dr. Esme Corrigan" }) {
  const [state, dispatch] = useReducer(inboxReducer, { tab: "ready", samples, reviewed: 0 });
  const inTab = (key) => state.samples.filter((s) => s.state === key);
  const visible = inTab(state.tab);

  return (
    <div className="results">
      <h1>Pinfold Veterinary Lab - results for {vet}</h1>
      <p className="reviewed">Reviewed today: {state.reviewed}</p>
      <nav role="tablist" aria-label="Result status">
        {TABS.map((t) => (
          <button
            key={t.key}
            role="tab"
            aria-selected={state.tab === t.key}
            onClick={() => dispatch({ type: "show", tab: t.key })}
          >
            {t.title} <span className="badge">{inTab(t.key).length}</span>
          </button>
        ))}
      </nav>
      <div role="tabpanel">
        {state.tab === "pending" && <p className="muted">Results not back yet.</p>}
        <ul>
          {visible.map((s) => (
            <li key={s.id}>
              <code>{s.id}</code> {s.patient} - {s.test}
              {s.state === "ready" && (
                <>
                  <button type="button" onClick={() => dispatch({ type: "review", id: s.id })}>
                    Mark reviewed
                  </button>
                  <button type="button" onClick={() => dispatch({ type: "flag", id: s.id })}>
                    Flag
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
        {visible.length === 0 && <p>Nothing here.</p>}
      </div>
    </div>
  );
}
