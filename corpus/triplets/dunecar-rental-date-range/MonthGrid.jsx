import { MONTH_NAMES } from "./rental.js";

const HEAD = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

export default function MonthGrid({ year, month, start, end, onDay }) {
  const offset = new Date(year, month, 1).getDay();
  const count = new Date(year, month + 1, 0).getDate();
  const blanks = Array.from({ length: offset }, (_, i) => <span key={"b" + i} className="blank" />);
  const days = Array.from({ length: count }, (_, i) => i + 1);

  function classFor(day) {
    if (day === start || day === end) return "day edge";
    if (start !== null && end !== null && day > start && day < end) return "day in-range";
    return "day";
  }

  return (
    <div className="month-grid">
      <div className="caption">
        {MONTH_NAMES[month]} {year}
      </div>
      <div className="weekdays">
        {HEAD.map((h) => (
          <span key={h}>{h}</span>
        ))}
      </div>
      <div className="days">
        {blanks}
        {days.map((day) => (
          <button key={day} type="button" className={classFor(day)} onClick={() => onDay(day)}>
            {day}
          </button>
        ))}
      </div>
    </div>
  );
}
