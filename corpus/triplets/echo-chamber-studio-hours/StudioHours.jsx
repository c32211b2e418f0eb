import { useReducer } from "react";
import HourBlock from "./HourBlock.jsx";
import { HOURS, rateFor, label, ENGINEER_PER_HOUR } from "./studioRates.js";

const BOOKED = [14, 15];

const KIT = ["Yamaha Recording Custom drum kit", "Fender Twin Reverb", "Neumann U87 (x2)", "Nord Stage 3"];

function reducer(state, action) {
  switch (action.type) {
    case "toggle": {
      const h = action.hour;
      const sel = state.selected;
      if (sel.length === 0) return { ...state, selected: [h] };
      const first = sel[0];
      const last = sel[sel.length - 1];
      if (h === first) return { ...state, selected: sel.slice(1) };
      if (h === last) return { ...state, selected: sel.slice(0, -1) };
      if (h === last + 1) return { ...state, selected: [...sel, h] };
      if (h === first - 1) return { ...state, selected: [h, ...sel] };
      return { ...state, selected: [h] };
    }
    case "engineer":
      return { ...state, engineer: action.value };
    default:
      return state;
  }
}

export default function StudioHours({ room = "Live Room A", day = "Friday 24 October", booked = BOOKED }) {
  const [state, dispatch] = useReducer(reducer, { selected: [], engineer: false });
  const { selected, engineer } = state;

  const roomCost = selected.reduce((sum, h) => sum + rateFor(h), 0);
  const extra = engineer ? selected.length * ENGINEER_PER_HOUR : 0;
  const range = selected.length
    ? label(selected[0]) + "-" + label(selected[selected.length - 1] + 1)
    : "";

  return (
    <div className="studio-hours">
      <h1>Echo Chamber Studios - {room}</h1>
      <p>{day}. £45 an hour, £60 an hour from 18:00. Pick neighbouring hours to build one session.</p>

      <div className="hours">
        {HOURS.map((h) => (
          <HourBlock
            key={h}
            hour={h}
            booked={booked.includes(h)}
            selected={selected.includes(h)}
            onToggle={() => dispatch({ type: "toggle", hour: h })}
          />
        ))}
      </div>

      <label>
        <input type="checkbox" checked={engineer} onChange={(e) => dispatch({ type: "engineer", value: e.target.checked })} />
        House engineer (+£{ENGINEER_PER_HOUR} per hour)
      </label>

      {selected.length > 0 ? (
        <p className="session-summary">
          {range}, {selected.length === 1 ? "1 hour" : selected.length + " hours"}, £{roomCost + extra}
        </p>
      ) : (
        <p className="session-summary">No hours selected</p>
      )}
      <button disabled={selected.length === 0}>Request booking</button>

      <section className="kit">
        <h2>In the room</h2>
        <ul>
          {KIT.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <p>Free cancellation up to 48 hours before the session.</p>
      </section>
    </div>
  );
}
