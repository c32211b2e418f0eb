import { useState } from "react";
import useToastQueue from "./useToastQueue.js";
import ToastList from "./ToastList.jsx";

const WEEKS = [
  { date: "9 June", box: "Medium veg box", extras: "Eggs (6)", skipped: false },
  { date: "16 June", box: "Medium veg box", extras: "None", skipped: false },
  { date: "23 June", box: "Medium veg box + fruit", extras: "Sourdough loaf", skipped: false },
  { date: "30 June", box: "Medium veg box", extras: "None", skipped: false },
];

export default function BoxDeliveries({ member = "Okonkwo household", initialWeeks = WEEKS }) {
  const [weeks, setWeeks] = useState(initialWeeks);
  const toasts = useToastQueue();

  function setSkipped(date, skipped) {
    setWeeks((list) => list.map((w) => (w.date === date ? { ...w, skipped } : w)));
  }

  function skip(week) {
    setSkipped(week.date, true);
    toasts.show(`Box for ${week.date} skipped`, () => setSkipped(week.date, false));
  }

  const delivering = weeks.filter((w) => !w.skipped).length;

  return (
    <div className="deliveries">
      <h1>Meadowlark Farm CSA - upcoming boxes</h1>
      <p>
        {member} · {delivering} of {weeks.length} boxes coming
      </p>
      <table>
        <thead>
          <tr>
            <th>Week of</th>
            <th>Box</th>
            <th>Extras</th>
            <th>Status</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {weeks.map((w) => (
            <tr key={w.date}>
              <td>{w.date}</td>
              <td>{w.box}</td>
              <td>{w.extras}</td>
              <td>{w.skipped ? "Skipped" : "Delivering"}</td>
              <td>
                {!w.skipped && (
                  <button type="button" onClick={() => skip(w)}>
                    Skip this week
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ToastList items={toasts.items} onUndo={toasts.runUndo} onDismiss={toasts.remove} />
    </div>
  );
}
