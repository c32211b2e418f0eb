import { useReducer } from "react";

const initial = {
  orders: [
    { no: 40, items: "Elote, 2× carnitas", stage: "Ready" },
    { no: 37, items: "2× al pastor, horchata", stage: "New" },
    { no: 38, items: "Birria quesataco ×3", stage: "Cooking" },
    { no: 39, items: "Veggie bowl, no cilantro", stage: "New" },
    { no: 41, items: "Churros (6)", stage: "Cooking" },
  ],
  collected: 17,
};

const NEXT = { New: "Cooking", Cooking: "Ready" };

function reducer(state, action) {
  const set = (stage) => state.orders.map((o) => (o.no === action.no ? { ...o, stage } : o));
  switch (action.type) {
    case "advance": {
      const o = state.orders.find((x) => x.no === action.no);
      return { ...state, orders: set(NEXT[o.stage]) };
    }
    case "recall":
      return { ...state, orders: set("Cooking") };
    case "collect":
      return { orders: state.orders.filter((o) => o.no !== action.no), collected: state.collected + 1 };
    default:
      return state;
  }
}

const COLUMNS = [
  { stage: "New", button: "Start cooking", testId: "col-new" },
  { stage: "Cooking", button: "Ready", testId: "col-cooking" },
  { stage: "Ready", button: "Collected", testId: "col-ready" },
];

export default function OrderBoard({ truck = "Rolling Comal", pitch = "Pier 9 night market" }) {
  const [state, dispatch] = useReducer(reducer, initial);
  const ready = state.orders.filter((o) => o.stage === "Ready");
  const serving = ready.map((o) => o.no).sort((a, b) => a - b);

  return (
    <main className="order-board">
      <header>
        <h1>{truck} - kitchen</h1>
        <p>{pitch}</p>
        <span className="ready-count" data-testid="ready-count">
          Ready for pickup: {ready.length}
        </span>
        <span className="collected" data-testid="collected">
          Collected today: {state.collected}
        </span>
      </header>

      <p className="now-serving" data-testid="now-serving">
        Now serving: {serving.length ? serving.join(", ") : "-"}
      </p>

      <div className="columns">
        {COLUMNS.map((col) => (
          <section key={col.stage} className="col" data-testid={col.testId}>
            <h2>{col.stage}</h2>
            {state.orders
              .filter((o) => o.stage === col.stage)
              .map((o) => (
                <div key={o.no} className="ticket">
                  <strong>#{o.no}</strong> {o.items}
                  <button
                    type="button"
                    onClick={() => dispatch({ type: col.stage === "Ready" ? "collect" : "advance", no: o.no })}
                  >
                    {col.button}
                  </button>
                  {col.stage === "Ready" && (
                    <button type="button" onClick={() => dispatch({ type: "recall", no: o.no })}>
                      Recall
                    </button>
                  )}
                </div>
              ))}
          </section>
        ))}
      </div>
    </main>
  );
}
