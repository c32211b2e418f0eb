import { useReducer } from "react";
import { SORTABLE, SPECIMENS, compare, grams } from "./specimens.js";

const INITIAL = { key: null, dir: "ascending" };

function reducer(state, action) {
  switch (action.type) {
    case "sort":
      if (state.key === action.key) {
        return { ...state, dir: state.dir === "ascending" ? "descending" : "ascending" };
      }
      return { key: action.key, dir: "ascending" };
    case "reset":
      return INITIAL;
    default:
      return state;
  }
}

function ariaLabelFor(key, state) {
  const title = SORTABLE[key].title;
  return state.key === key ? `${title}, sorted ${state.dir}` : `${title}, not sorted`;
}

export default function MeteoriteTable({ specimens = SPECIMENS }) {
  const [state, dispatch] = useReducer(reducer, INITIAL);

  let rows = specimens;
  if (state.key) {
    const value = SORTABLE[state.key].value;
    const sign = state.dir === "ascending" ? 1 : -1;
    rows = [...specimens].sort((a, b) => sign * compare(value(a), value(b)));
  }

  const header = (key) => (
    <th>
      <button type="button" aria-label={ariaLabelFor(key, state)} onClick={() => dispatch({ type: "sort", key })}>
        {SORTABLE[key].title}
        {state.key === key ? (state.dir === "ascending" ? " \u2191" : " \u2193") : ""}
      </button>
    </th>
  );

  return (
    <section className="collection">
      <h1>Vesper Hill Observatory - meteorite cabinet</h1>
      <p className="visit">Handling sessions on the first Sunday of the month. Gloves provided.</p>

      <button type="button" className="reset" onClick={() => dispatch({ type: "reset" })}>
        Reset order
      </button>

      <table>
        <thead>
          <tr>
            {header("name")}
            <th>Class</th>
            {header("grams")}
            {header("year")}
            <th>Country</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => (
            <tr key={m.name}>
              <td className="specimen">{m.name}</td>
              <td>{m.type}</td>
              <td>{grams(m.grams)}</td>
              <td>{m.year}</td>
              <td>{m.country}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
