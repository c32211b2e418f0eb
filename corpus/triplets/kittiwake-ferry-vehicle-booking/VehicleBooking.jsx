import { useReducer } from "react";
import FieldError from "./FieldError.jsx";
import { SAILINGS, VEHICLES, fareFor, pounds, validateBooking, vehicleById } from "./booking.js";

const initial = {
  values: { plate: "", vehicle: "car", length: "", passengers: "1", sailing: SAILINGS[0].id },
  errors: {},
  held: null,
};

function reducer(state, action) {
  switch (action.type) {
    case "field":
      return {
        ...state,
        values: { ...state.values, [action.name]: action.value },
        held: null,
      };
    case "submit": {
      const errors = validateBooking(state.values);
      if (Object.keys(errors).length > 0) {
        return { ...state, errors, held: null };
      }
      return { ...state, errors: {}, held: { ...state.values, fare: fareFor(state.values) } };
    }
    case "clear":
      return initial;
    default:
      return state;
  }
}

export default function VehicleBooking() {
  const [state, dispatch] = useReducer(reducer, initial);
  const { values, errors, held } = state;

  function change(e) {
    dispatch({ type: "field", name: e.target.name, value: e.target.value });
  }

  function onSubmit(e) {
    e.preventDefault();
    dispatch({ type: "submit" });
  }

  return (
    <main className="booking">
      <h1>Kittiwake Ferries - add a vehicle</h1>
      <form onSubmit={onSubmit} noValidate>
        <label htmlFor="sailing">Sailing</label>
        <select id="sailing" name="sailing" value={values.sailing} onChange={change}>
          {SAILINGS.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>

        <label htmlFor="plate">Registration plate</label>
        <input id="plate" name="plate" value={values.plate} onChange={change} autoComplete="off" />
        <FieldError message={errors.plate} />

        <label htmlFor="vehicle">Vehicle type</label>
        <select id="vehicle" name="vehicle" value={values.vehicle} onChange={change}>
          {VEHICLES.map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
            </option>
          ))}
        </select>

        <label htmlFor="length">Vehicle length (m)</label>
        <input id="length" name="length" inputMode="decimal" value={values.length} onChange={change} />
        <FieldError message={errors.length} />

        <label htmlFor="passengers">People travelling</label>
        <input
          id="passengers"
          name="passengers"
          type="number"
          min="1"
          value={values.passengers}
          onChange={change}
        />
        <FieldError message={errors.passengers} />

        <div className="actions">
          <button type="submit">Hold this booking</button>
          <button type="button" onClick={() => dispatch({ type: "clear" })}>
            Clear form
          </button>
        </div>
      </form>

      {held && (
        <div className="held" role="status">
          Booking held: {held.plate.trim().toUpperCase()}, {vehicleById(held.vehicle).name},{" "}
          {SAILINGS.find((s) => s.id === held.sailing).label}. Fare {pounds(held.fare)}
        </div>
      )}
    </main>
  );
}
