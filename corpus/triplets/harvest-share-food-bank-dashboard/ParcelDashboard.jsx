import { useReducer } from "react";
import CounterTile from "./CounterTile.jsx";
import { tally, NEXT_STEP } from "./parcels.js";

const PARCELS = [
  { ref: "HS-301", household: "Ahmed family", people: 4, status: "requested", diet: "Halal" },
  { ref: "HS-302", household: "A. Wiśniewska", people: 2, status: "packed", diet: "" },
  { ref: "HS-303", household: "Olsen household", people: 5, status: "collected", diet: "Nut-free" },
  { ref: "HS-304", household: "T. Mbeki", people: 1, status: "requested", diet: "Diabetic" },
  { ref: "HS-305", household: "Ruiz family", people: 3, status: "packed", diet: "Vegetarian" },
];

function reducer(state, action) {
  switch (action.type) {
    case "advance":
      return {
        ...state,
        parcels: state.parcels.map((p) => (p.ref === action.ref ? { ...p, status: NEXT_STEP[p.status].to } : p)),
        log: [action.ref + " " + NEXT_STEP[state.parcels.find((p) => p.ref === action.ref).status].done, ...state.log],
      };
    case "filter":
      return { ...state, filter: action.value };
    default:
      return state;
  }
}

export default function ParcelDashboard({ parcels = PARCELS, centre = "Harvest Share - St Jude's hall" }) {
  const [state, dispatch] = useReducer(reducer, { parcels, filter: "all", log: [] });
  const t = tally(state.parcels);
  const shown = state.filter === "all" ? state.parcels : state.parcels.filter((p) => p.status === state.filter);

  return (
    <div className="food-bank">
      <h1>{centre}</h1>
      <p className="week">Week 14 distribution</p>

      <div className="tiles">
        <CounterTile label="Requested" value={t.requested} />
        <CounterTile label="Packed" value={t.packed} />
        <CounterTile label="Collected" value={t.collected} />
        <CounterTile label="People fed this week" value={t.peopleFed} />
      </div>

      <label htmlFor="status-filter">Show</label>
      <select id="status-filter" value={state.filter} onChange={(e) => dispatch({ type: "filter", value: e.target.value })}>
        <option value="all">All parcels</option>
        <option value="requested">Requested</option>
        <option value="packed">Packed</option>
        <option value="collected">Collected</option>
      </select>

      <table>
        <tbody>
          {shown.map((p) => (
            <tr key={p.ref} className="parcel-row">
              <td>{p.ref}</td>
              <td>{p.household}</td>
              <td>{p.people} people</td>
              <td>{p.diet || "-"}</td>
              <td className="state">{p.status}</td>
              <td>
                {NEXT_STEP[p.status] && (
                  <button onClick={() => dispatch({ type: "advance", ref: p.ref })}>{NEXT_STEP[p.status].action}</button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      {state.log.length > 0 && (
        <ul className="activity">
          {state.log.map((line, i) => (
            <li key={i} className="activity-line">
              {line}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
