import { useReducer, useState } from "react";

const START = [
  { id: 1, text: "Turn the compost bays", plot: "14A", done: false },
  { id: 2, text: "Net the brassicas", plot: "14B", done: true },
  { id: 3, text: "Water the runner beans", plot: "14A", done: false },
  { id: 4, text: "Pay the water levy (£12)", plot: "shared", done: false },
];

function chores(state, action) {
  switch (action.type) {
    case "add": {
      const text = action.text.trim();
      if (!text) return state;
      const id = Math.max(0, ...state.map((c) => c.id)) + 1;
      return [...state, { id, text, plot: action.plot, done: false }];
    }
    case "toggle":
      return state.map((c) => (c.id === action.id ? { ...c, done: !c.done } : c));
    case "delete":
      return state.filter((c) => c.id !== action.id);
    case "clearDone":
      return state.filter((c) => !c.done);
    default:
      return state;
  }
}

export default function AllotmentChores({ site = "Mossbank Allotments", holder = "G. Abernethy" }) {
  const [list, dispatch] = useReducer(chores, START);
  const [text, setText] = useState("");
  const [plot, setPlot] = useState("14A");
  const left = list.filter((c) => !c.done).length;
  const anyDone = list.some((c) => c.done);

  function submit(e) {
    e.preventDefault();
    dispatch({ type: "add", text, plot });
    setText("");
  }

  return (
    <section className="chores">
      <h1>{site} - chores</h1>
      <p>
        Plot holder {holder} <span className="left">{left === 1 ? "1 chore left" : left + " chores left"}</span>
      </p>

      <form onSubmit={submit} className="add-chore">
        <input placeholder="Add a chore, e.g. Sow the leeks" value={text} onChange={(e) => setText(e.target.value)} />
        <select aria-label="Plot" value={plot} onChange={(e) => setPlot(e.target.value)}>
          <option value="14A">14A</option>
          <option value="14B">14B</option>
          <option value="shared">shared</option>
        </select>
        <button type="submit">Add</button>
      </form>

      {list.length === 0 ? (
        <p className="empty">Nothing to do - enjoy the shed.</p>
      ) : (
        <ul className="chore-list">
          {list.map((c) => (
            <li key={c.id} className={c.done ? "chore done" : "chore"}>
              <label>
                <input type="checkbox" checked={c.done} onChange={() => dispatch({ type: "toggle", id: c.id })} />
                {c.text}
              </label>
              <span className="plot">{c.plot}</span>
              <button type="button" aria-label={"Delete " + c.text} onClick={() => dispatch({ type: "delete", id: c.id })}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}

      <button type="button" disabled={!anyDone} onClick={() => dispatch({ type: "clearDone" })}>
        Clear done
      </button>
    </section>
  );
}
