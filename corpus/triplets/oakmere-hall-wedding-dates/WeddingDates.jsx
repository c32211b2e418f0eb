import { useState } from "react";
import { useMonth } from "./useMonth.js";
import { daysOf, isBooked, priceFor, longDate, pounds } from "./venueCalendar.js";

const VENUE = { name: "Oakmere Hall", room: "The Orangery", seated: 120 };
const BOOKED = ["2026-09-05", "2026-09-19", "2026-10-10", "2026-11-14"];

export default function WeddingDates({ venue = VENUE, booked = BOOKED, from = { year: 2026, month: 8 }, months = 4 }) {
  const cal = useMonth(from, months);
  const [chosen, setChosen] = useState(null);
  const [held, setHeld] = useState(false);

  const days = daysOf(cal.year, cal.month);
  const lead = (days[0].getDay() + 6) % 7;

  function choose(date) {
    setChosen(date);
    setHeld(false);
  }

  return (
    <div className="wedding-dates">
      <h1>
        {venue.name} - {venue.room}
      </h1>
      <p>Up to {venue.seated} seated guests. Choose a date to see the venue hire price.</p>

      <div className="cal-head">
        <button onClick={cal.prev} disabled={!cal.canPrev}>
          Earlier
        </button>
        <h2>{cal.label}</h2>
        <button onClick={cal.next} disabled={!cal.canNext}>
          Later
        </button>
      </div>

      <div className="cal-grid">
        {["M", "T", "W", "T", "F", "S", "S"].map((d, i) => (
          <b key={i} className="dow">
            {d}
          </b>
        ))}
        {Array.from({ length: lead }, (_, i) => (
          <i key={"pad" + i} />
        ))}
        {days.map((date) => {
          const taken = isBooked(booked, date);
          return (
            <button
              key={date.getDate()}
              className={taken ? "date taken" : "date"}
              disabled={taken}
              title={taken ? "Already booked" : undefined}
              onClick={() => choose(date)}
            >
              {date.getDate()}
            </button>
          );
        })}
      </div>

      {chosen ? (
        <div className="quote">
          <p className="quote-line">
            {longDate(chosen)} - {pounds(priceFor(chosen))}
          </p>
          <button onClick={() => setHeld(true)}>Hold this date</button>
          {held && <p className="held">We are holding {longDate(chosen)} for you for 48 hours.</p>}
        </div>
      ) : (
        <p className="quote-line">Saturdays £6,800 - Fridays and Sundays £5,400 - weekdays £4,200</p>
      )}
    </div>
  );
}
