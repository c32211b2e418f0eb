import { useReducer } from "react";
import GuestStepper from "./GuestStepper.jsx";

const ROOM = { name: "Quarto Duplo Deluxe", capacity: 4 };
const PRICES = {
  breakfast: { adult: 1400, child: 700, infant: 0 },
  dinner: { adult: 2800, child: 1400, infant: 0 },
};

const GROUPS = [
  { key: "adult", label: "Adults", hint: "13+", min: 1 },
  { key: "child", label: "Children", hint: "4–12 years", min: 0 },
  { key: "infant", label: "Infants", hint: "under 4, free", min: 0 },
];

function total(guests) {
  return guests.adult + guests.child + guests.infant;
}

function reducer(state, action) {
  const { guests } = state;
  switch (action.type) {
    case "more":
      if (total(guests) >= ROOM.capacity) return state;
      return { ...state, guests: { ...guests, [action.key]: guests[action.key] + 1 } };
    case "less": {
      const group = GROUPS.find((g) => g.key === action.key);
      if (guests[action.key] <= group.min) return state;
      return { ...state, guests: { ...guests, [action.key]: guests[action.key] - 1 } };
    }
    case "halfBoard":
      return { ...state, halfBoard: !state.halfBoard };
    default:
      return state;
  }
}

function euro(cents) {
  return (cents / 100).toFixed(2).replace(".", ",") + " €";
}

export function mealCost(guests, nights, halfBoard) {
  let perNight = 0;
  for (const g of GROUPS) {
    perNight += PRICES.breakfast[g.key] * guests[g.key];
    if (halfBoard) perNight += PRICES.dinner[g.key] * guests[g.key];
  }
  return perNight * nights;
}

export default function BreakfastGuests({ nights = 3, arrival = "12 Sep 2025" }) {
  const [state, dispatch] = useReducer(reducer, { guests: { adult: 2, child: 0, infant: 0 }, halfBoard: false });
  const full = total(state.guests) >= ROOM.capacity;

  return (
    <section className="breakfast">
      <h1>Casa do Rio · Porto</h1>
      <p>
        {ROOM.name} · arrival {arrival} · {nights} nights
      </p>

      <h2>Who is staying?</h2>
      {GROUPS.map((g) => (
        <GuestStepper
          key={g.key}
          label={g.label}
          hint={g.hint}
          value={state.guests[g.key]}
          canLess={state.guests[g.key] > g.min}
          canMore={!full}
          onLess={() => dispatch({ type: "less", key: g.key })}
          onMore={() => dispatch({ type: "more", key: g.key })}
        />
      ))}
      {full && <p className="capacity">Maximum {ROOM.capacity} guests in the {ROOM.name}</p>}

      <label>
        <input type="checkbox" checked={state.halfBoard} onChange={() => dispatch({ type: "halfBoard" })} />
        Add dinner (half board)
      </label>

      <p className="meal-total">
        Meals for your stay: <strong>{euro(mealCost(state.guests, nights, state.halfBoard))}</strong>
      </p>
      <p className="small">Breakfast 14,00 € per adult and 7,00 € per child per night. Infants eat free.</p>
    </section>
  );
}
