import { useReducer } from "react";
import { BeachContext } from "./beachContext.js";
import ZoneCard from "./ZoneCard.jsx";
import { flagFor } from "./flags.js";

const ZONES = [
  { id: "A", name: "Zone A - North groyne", capacity: 40, count: 12 },
  { id: "B", name: "Zone B - Surf school", capacity: 40, count: 39 },
  { id: "C", name: "Zone C - Rock pools", capacity: 25, count: 5 },
  { id: "D", name: "Zone D - Kids paddling", capacity: 15, count: 0 },
];

function reducer(state, action) {
  switch (action.type) {
    case "change":
      return {
        ...state,
        zones: state.zones.map((z) => (z.id === action.id ? { ...z, count: Math.max(0, z.count + action.by) } : z)),
      };
    case "incident":
      return { ...state, incidents: state.incidents + 1 };
    default:
      return state;
  }
}

export default function TowerCounts({
  tower = "Tower 3 - Seabright Beach",
  windKmh = 22,
  zones = ZONES,
  conditions = { highTide: "15:42", waterTemp: "17°C", uv: "High" },
}) {
  const [state, dispatch] = useReducer(reducer, { zones, incidents: 0 });
  const total = state.zones.reduce((n, z) => n + z.count, 0);
  const over = state.zones.filter((z) => z.count > z.capacity);
  const flag = flagFor(windKmh, over.length > 0);
  const busiest = state.zones.reduce((top, z) => (z.count / z.capacity > top.count / top.capacity ? z : top));

  return (
    <BeachContext.Provider value={{ dispatch }}>
      <div className="tower">
        <header>
          <h1>{tower}</h1>
          <p>
            Wind {windKmh} km/h - Flag: <strong className={"flag " + flag.toLowerCase()}>{flag}</strong>
          </p>
        </header>

        <dl className="conditions">
          <dt>High tide</dt>
          <dd>{conditions.highTide}</dd>
          <dt>Water</dt>
          <dd>{conditions.waterTemp}</dd>
          <dt>UV</dt>
          <dd>{conditions.uv}</dd>
        </dl>

        <section className="summary">
          <p>
            In the water: <span className="total">{total}</span>
          </p>
          <p>
            Incidents today: <span className="incidents">{state.incidents}</span>
          </p>
          <p className="busiest">Busiest: {busiest.name}</p>
          <button onClick={() => dispatch({ type: "incident" })}>Log incident</button>
        </section>

        {over.map((z) => (
          <p key={z.id} className="over" role="alert">
            {z.name.split(" - ")[0]} over capacity
          </p>
        ))}

        <div className="zones">
          {state.zones.map((z) => (
            <ZoneCard key={z.id} zone={z} />
          ))}
        </div>
      </div>
    </BeachContext.Provider>
  );
}
