import { useReducer } from "react";
import MonthGrid from "./MonthGrid.jsx";
import { rentalDays, rentalPrice, shortDate } from "./rental.js";

const CAR = { model: "Dacia Duster 4x4", group: "Group F - SUV", branch: "Corralejo harbour", dailyEuro: 39 };

const initial = { start: null, end: null, hint: "Pick your pick-up day" };

function reducer(state, action) {
  switch (action.type) {
    case "day": {
      const day = action.day;
      if (state.start === null || state.end !== null) {
        return { start: day, end: null, hint: "Now pick your return day" };
      }
      if (day <= state.start) {
        return { start: day, end: null, hint: "Now pick your return day" };
      }
      return { ...state, end: day, hint: "" };
    }
    case "clear":
      return initial;
    default:
      return state;
  }
}

export default function RentalDates({ car = CAR, year = 2026, month = 2 }) {
  const [state, dispatch] = useReducer(reducer, initial);
  const complete = state.start !== null && state.end !== null;
  const days = complete ? rentalDays(state.start, state.end) : 0;
  const price = complete ? rentalPrice(days, car.dailyEuro) : null;

  return (
    <div className="rental-dates">
      <h1>
        {car.model} <small>{car.group}</small>
      </h1>
      <p className="branch">Pick-up and return at {car.branch}</p>

      <MonthGrid
        year={year}
        month={month}
        start={state.start}
        end={state.end}
        onDay={(day) => dispatch({ type: "day", day })}
      />

      {state.hint && <p className="hint">{state.hint}</p>}

      <dl className="summary">
        <dt>Pick-up</dt>
        <dd className="pickup">{state.start ? shortDate(year, month, state.start) : "-"}</dd>
        <dt>Return</dt>
        <dd className="return">{state.end ? shortDate(year, month, state.end) : "-"}</dd>
        <dt>Rental</dt>
        <dd className="rental-days">{complete ? (days === 1 ? "1 day" : days + " days") : "-"}</dd>
        <dt>Total</dt>
        <dd className="total">{price === null ? "-" : "€" + price.toFixed(2)}</dd>
      </dl>
      {complete && days >= 7 && <p className="discount">Weekly rate applied: 15% off</p>}

      <button type="button" onClick={() => dispatch({ type: "clear" })}>
        Clear dates
      </button>
      <button type="button" disabled={!complete}>
        Reserve this car
      </button>
    </div>
  );
}
