import { useState } from "react";
import DayPicker, { DAYS } from "./DayPicker.jsx";

const ECO_MAX = 220;

function summary(days, time) {
  if (days.length === 0) return "Auto-preheat is off";
  if (days.length === 7) return "Preheats every day at " + time;
  return "Preheats " + days.length + " days a week at " + time;
}

export default function OvenPreheat({ oven = "Deck oven 2 (rye & sourdough)" }) {
  const [days, setDays] = useState(DAYS.slice(0, 5));
  const [time, setTime] = useState("04:30");
  const [temp, setTemp] = useState("210");
  const [eco, setEco] = useState(false);
  const [saved, setSaved] = useState(false);

  const tooHot = eco && Number(temp) > ECO_MAX;

  function flip(day) {
    setSaved(false);
    setDays((cur) => (cur.includes(day) ? cur.filter((d) => d !== day) : DAYS.filter((d) => d === day || cur.includes(d))));
  }

  return (
    <section className="preheat">
      <h1>Auto-preheat</h1>
      <p className="oven">{oven}</p>

      <h2>Days</h2>
      <DayPicker selected={days} onFlip={flip} />
      <button type="button" className="link" onClick={() => setDays(DAYS.slice(0, 5))}>
        Weekdays only
      </button>

      <div className="row">
        <label htmlFor="preheat-time">Start preheating at</label>
        <input id="preheat-time" type="time" value={time} onChange={(e) => setTime(e.target.value)} />
      </div>

      <div className="row">
        <label htmlFor="target-temp">Target temperature (°C)</label>
        <input
          id="target-temp"
          type="number"
          step="5"
          value={temp}
          onChange={(e) => {
            setTemp(e.target.value);
            setSaved(false);
          }}
        />
      </div>

      <label className="row">
        <input type="checkbox" checked={eco} onChange={(e) => setEco(e.target.checked)} />
        Eco mode (night tariff)
      </label>
      {tooHot && <span className="warn">Eco mode caps the oven at {ECO_MAX} °C</span>}

      <p className="summary">{summary(days, time)}</p>

      <button type="button" disabled={tooHot} onClick={() => setSaved(true)}>
        Save schedule
      </button>
      {saved && <p className="saved">Schedule sent to {oven}</p>}
    </section>
  );
}
