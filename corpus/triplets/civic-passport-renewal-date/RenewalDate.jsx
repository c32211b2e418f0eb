import { useEffect, useRef, useState } from "react";
import CalendarPopup from "./CalendarPopup.jsx";
import { toDisplay, parseDisplay, checkDate } from "./dateText.js";

const OFFICE = { name: "Civic Centre, passport desk 3", service: "Adult passport renewal (in person)" };

const BRING = ["Your current passport", "One new photo (45 x 35 mm)", "Payment card for the 88.50 fee"];

export default function RenewalDate({ office = OFFICE, year = 2026, month = 3 }) {
  const inputRef = useRef(null);
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState(null);

  useEffect(() => {
    if (!open) return undefined;
    function onKey(e) {
      if (e.key === "Escape") setOpen(false);
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);

  function pick(day) {
    inputRef.current.value = toDisplay(year, month, day);
    setOpen(false);
    setMessage(null);
  }

  function check(e) {
    e.preventDefault();
    const text = inputRef.current.value.trim();
    const parsed = parseDisplay(text);
    if (!parsed) {
      setMessage({ ok: false, text: "Use the format DD/MM/YYYY." });
      return;
    }
    const problem = checkDate(parsed, year, month);
    setMessage(problem ? { ok: false, text: problem } : { ok: true, text: text + " is available at " + office.name + "." });
  }

  return (
    <form className="renewal" onSubmit={check}>
      <h1>{office.service}</h1>
      <p>Appointments can be booked for April 2026, Monday to Saturday.</p>

      <label htmlFor="pref-date">Preferred date (DD/MM/YYYY)</label>
      <div className="date-field">
        <input id="pref-date" ref={inputRef} defaultValue="" autoComplete="off" />
        <button type="button" aria-label="Open calendar" aria-expanded={open} onClick={() => setOpen(!open)}>
          📅
        </button>
      </div>

      {open && <CalendarPopup year={year} month={month} onPick={pick} />}

      <button type="submit">Check availability</button>

      <aside className="bring">
        <h2>Bring with you</h2>
        <ul>
          {BRING.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <p>Desk hours: Mon-Fri 08:30-17:00, Sat 09:00-12:30.</p>
      </aside>

      {message && (
        <p className={message.ok ? "ok" : "problem"} role={message.ok ? "status" : "alert"}>
          {message.text}
        </p>
      )}
    </form>
  );
}
