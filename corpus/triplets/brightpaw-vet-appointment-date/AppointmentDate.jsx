import { useRef, useState } from "react";
import { buildMonth, formatLong, isWeekend, sameDay, addDays, MONTHS } from "./calendar.js";

const CLINIC = { name: "Brightpaw Vets - Harrow Road", vet: "Dr. Femi Adebayo", pet: "Pepper (tabby, 6 yrs)" };

export default function AppointmentDate({
  clinic = CLINIC,
  year = 2025,
  month = 5,
  earliest = "2025-06-04",
  closed = ["2025-06-19"],
}) {
  const [view, setView] = useState({ year, month });
  const [selected, setSelected] = useState(null);
  const [focused, setFocused] = useState(null);
  const cells = useRef({});

  const first = new Date(earliest + "T00:00:00");
  const closedDays = closed.map((d) => new Date(d + "T00:00:00"));

  function unavailable(date) {
    return date < first || isWeekend(date) || closedDays.some((c) => sameDay(c, date));
  }

  function focusDay(date) {
    if (date.getMonth() !== view.month) return;
    setFocused(date);
    cells.current[date.getDate()]?.focus();
  }

  function onKeyDown(e, date) {
    const step = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: 7, ArrowUp: -7 }[e.key];
    if (step) {
      e.preventDefault();
      focusDay(addDays(date, step));
    }
  }

  function pick(date) {
    if (unavailable(date)) return;
    setSelected(date);
  }

  const weeks = buildMonth(view.year, view.month);

  return (
    <div className="appointment">
      <h1>Book a check-up at {clinic.name}</h1>
      <p>
        {clinic.pet} with {clinic.vet}
      </p>

      <div className="month-nav">
        <button aria-label="Previous month" disabled={view.month === month} onClick={() => setView({ year, month: view.month - 1 })}>
          ‹
        </button>
        <h2>
          {MONTHS[view.month]} {view.year}
        </h2>
        <button aria-label="Next month" disabled={view.month === month + 1} onClick={() => setView({ year, month: view.month + 1 })}>
          ›
        </button>
      </div>

      <table className="calendar">
        <thead>
          <tr>
            {["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"].map((d) => (
              <th key={d}>{d}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, w) => (
            <tr key={w}>
              {week.map((date, i) =>
                date ? (
                  <td key={i}>
                    <button
                      ref={(el) => (cells.current[date.getDate()] = el)}
                      className={selected && sameDay(selected, date) ? "day selected" : "day"}
                      aria-disabled={unavailable(date)}
                      tabIndex={focused && sameDay(focused, date) ? 0 : -1}
                      onClick={() => pick(date)}
                      onKeyDown={(e) => onKeyDown(e, date)}
                    >
                      {date.getDate()}
                    </button>
                  </td>
                ) : (
                  <td key={i} />
                )
              )}
            </tr>
          ))}
        </tbody>
      </table>

      <p className="legend">Weekends and 19 June are closed. Greyed days cannot be booked.</p>
      <p className="chosen">{selected ? "Appointment date: " + formatLong(selected) : "No date chosen yet"}</p>
      <button className="confirm" disabled={!selected}>
        Continue to time slots
      </button>
    </div>
  );
}
