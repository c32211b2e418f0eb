import { isSunday } from "./dateText.js";

export default function CalendarPopup({ year, month, onPick }) {
  const count = new Date(year, month + 1, 0).getDate();
  const offset = (new Date(year, month, 1).getDay() + 6) % 7;
  const cells = [...Array(offset).fill(0), ...Array.from({ length: count }, (_, i) => i + 1)];

  return (
    <div className="popup" role="dialog" aria-label="Choose a date">
      <p className="popup-title">April 2026 - press Esc to close</p>
      <div className="popup-grid">
        {cells.map((day, i) =>
          day === 0 ? (
            <span key={"e" + i} />
          ) : (
            <button key={day} type="button" disabled={isSunday(year, month, day)} onClick={() => onPick(day)}>
              {day}
            </button>
          )
        )}
      </div>
    </div>
  );
}
