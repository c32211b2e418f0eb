import { useExtras } from "./ExtrasContext.jsx";

export default function DayPanel({ day }) {
  const { chosen, toggle } = useExtras();

  return (
    <div role="tabpanel" aria-label={`${day.tab} - ${day.date}`} className="day-panel">
      <ol className="activities">
        {day.activities.map((a) => (
          <li key={a.id}>
            <span className="time">{a.time}</span> {a.title}
            {a.optionalUsd && (
              <label className="optional">
                <input type="checkbox" checked={chosen.includes(a.id)} onChange={() => toggle(a.id)} />
                Add {a.title} (${a.optionalUsd} per person)
              </label>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
