import { useReducer } from "react";
import { EXIT_ROW, LETTERS, OCCUPIED, ROWS, isk, seatClass } from "./cabin.js";

const PASSENGERS = [
  { id: "jon", name: "Jón Einarsson" },
  { id: "sigrun", name: "Sigrún Einarsdóttir" },
];

const initial = { active: "jon", seats: { jon: null, sigrun: null }, exitOk: false, message: "" };

function reducer(state, action) {
  switch (action.type) {
    case "active":
      return { ...state, active: action.id, message: "" };
    case "exitOk":
      return { ...state, exitOk: action.value, message: "" };
    case "pick": {
      const row = parseInt(action.seat, 10);
      if (row === EXIT_ROW && !state.exitOk) {
        return { ...state, message: "Please confirm the exit row conditions first" };
      }
      return { ...state, message: "", seats: { ...state.seats, [state.active]: action.seat } };
    }
    default:
      return state;
  }
}

export default function CabinSeatmap({ flight = "FJ 214 Reykjavík (KEF) → Tromsø (TOS)", date = "3 Feb 2026" }) {
  const [state, dispatch] = useReducer(reducer, initial);
  const held = Object.entries(state.seats).filter(([, s]) => s);
  const total = held.reduce((sum, [, s]) => sum + seatClass(s).fee, 0);

  return (
    <div className="seatmap">
      <h1>Fjalla Air · choose your seats</h1>
      <p>
        {flight} · {date}
      </p>

      <fieldset>
        <legend>Choosing a seat for</legend>
        {PASSENGERS.map((p) => (
          <label key={p.id}>
            <input
              type="radio"
              name="passenger"
              checked={state.active === p.id}
              onChange={() => dispatch({ type: "active", id: p.id })}
            />
            {p.name}
          </label>
        ))}
      </fieldset>

      <label className="exit-confirm">
        <input type="checkbox" checked={state.exitOk} onChange={(e) => dispatch({ type: "exitOk", value: e.target.checked })} />
        I am willing and able to help in an emergency (exit row)
      </label>

      <div className="cabin">
        {Array.from({ length: ROWS }, (_, i) => i + 1).map((row) => (
          <div key={row} className={row === EXIT_ROW ? "cabin-row exit" : "cabin-row"}>
            <span className="row-no">{row}</span>
            {LETTERS.map((l) => {
              const seat = row + l;
              const owner = Object.keys(state.seats).find((id) => state.seats[id] === seat);
              const takenByOther = owner && owner !== state.active;
              return (
                <button
                  key={seat}
                  aria-label={seat}
                  aria-pressed={owner === state.active}
                  disabled={OCCUPIED.includes(seat) || Boolean(takenByOther)}
                  className={"seat" + (l === "C" ? " aisle" : "")}
                  onClick={() => dispatch({ type: "pick", seat })}
                >
                  {owner ? PASSENGERS.find((p) => p.id === owner).name[0] : ""}
                </button>
              );
            })}
          </div>
        ))}
      </div>
      {state.message && <p role="alert">{state.message}</p>}

      <ul className="assigned">
        {PASSENGERS.map((p) => {
          const seat = state.seats[p.id];
          return (
            <li key={p.id}>
              {p.name}: {seat ? `${seat} (${seatClass(seat).name}) ${isk(seatClass(seat).fee)}` : "no seat yet"}
            </li>
          );
        })}
      </ul>
      <p className="total">Seat fees: {isk(total)}</p>
    </div>
  );
}
