import { useState } from "react";
import { estimate, formatGBP } from "./tariff.js";

const SLOTS = [
  { part: "morning", bay: "Bay 1", connector: "Type 2", kw: 22, time: "08:00", taken: false },
  { part: "morning", bay: "Bay 2", connector: "CCS", kw: 50, time: "09:00", taken: false },
  { part: "morning", bay: "Bay 3", connector: "CCS", kw: 150, time: "10:00", taken: false },
  { part: "morning", bay: "Bay 1", connector: "Type 2", kw: 22, time: "11:00", taken: true },
  { part: "afternoon", bay: "Bay 3", connector: "CCS", kw: 150, time: "13:00", taken: false },
  { part: "afternoon", bay: "Bay 2", connector: "CCS", kw: 50, time: "14:00", taken: false },
  { part: "afternoon", bay: "Bay 4", connector: "Type 2", kw: 7, time: "15:00", taken: false },
];

const TABS = [
  { id: "morning", label: "Morning" },
  { id: "afternoon", label: "Afternoon" },
];

export default function ChargingSlots({ site = "Voltpark Riverside Retail Park", slots = SLOTS }) {
  const [tab, setTab] = useState("morning");
  const [ccsOnly, setCcsOnly] = useState(false);
  const [carKw, setCarKw] = useState(100);
  const [reserved, setReserved] = useState(null);

  const rows = slots.filter((s) => s.part === tab && (!ccsOnly || s.connector === "CCS"));

  return (
    <div className="charging">
      <h1>{site}</h1>

      <label htmlFor="car-kw">Your car charges at up to</label>
      <select id="car-kw" value={carKw} onChange={(e) => setCarKw(Number(e.target.value))}>
        {[11, 50, 100, 150].map((k) => (
          <option key={k} value={k}>
            {k} kW
          </option>
        ))}
      </select>

      <label className="ccs">
        <input type="checkbox" checked={ccsOnly} onChange={(e) => setCcsOnly(e.target.checked)} />
        CCS connectors only
      </label>

      <div role="tablist" aria-label="Time of day">
        {TABS.map((t) => (
          <button key={t.id} role="tab" aria-selected={tab === t.id} onClick={() => setTab(t.id)}>
            {t.label}
          </button>
        ))}
      </div>

      <div role="tabpanel" aria-label={tab === "morning" ? "Morning slots" : "Afternoon slots"}>
        <table>
          <thead>
            <tr>
              <th>Time</th>
              <th>Bay</th>
              <th>Connector</th>
              <th>Power</th>
              <th>Est. cost (1 h)</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => (
              <tr key={s.bay + s.time} className="slot-row">
                <td>{s.time}</td>
                <td>{s.bay}</td>
                <td>{s.connector}</td>
                <td>{s.kw} kW</td>
                <td className="est">{formatGBP(estimate(s.kw, carKw))}</td>
                <td>
                  {s.taken ? (
                    <span className="taken">Taken</span>
                  ) : (
                    <button onClick={() => setReserved(s)}>Reserve</button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {reserved && (
        <p className="reserved" role="status">
          Reserved {reserved.bay} ({reserved.connector}, {reserved.kw} kW) at {reserved.time} - about{" "}
          {formatGBP(estimate(reserved.kw, carKw))}
        </p>
      )}
    </div>
  );
}
