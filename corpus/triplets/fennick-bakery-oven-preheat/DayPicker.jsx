export const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

export default function DayPicker({ selected, onFlip }) {
  return (
    <div className="day-picker">
      {DAYS.map((d) => (
        <button
          key={d}
          type="button"
          aria-pressed={selected.includes(d)}
          className={selected.includes(d) ? "day active" : "day"}
          onClick={() => onFlip(d)}
        >
          {d}
        </button>
      ))}
    </div>
  );
}
