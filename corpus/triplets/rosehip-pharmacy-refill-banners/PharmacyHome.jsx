import { useReducer } from "react";

const START = [
  { id: "rx-1", kind: "refill", medicine: "Sertraline 50 mg", state: "due" },
  { id: "rx-2", kind: "refill", medicine: "Ramipril 5 mg", state: "due" },
  { id: "hours", kind: "info", text: "We close at 13:00 on Saturday 7 June.", state: "info" },
];

function bannerReducer(banners, action) {
  switch (action.type) {
    case "request":
      return banners.map((b) => (b.id === action.id ? { ...b, state: "requested" } : b));
    case "dismiss":
      return banners.filter((b) => b.id !== action.id);
    default:
      return banners;
  }
}

function Banner({ banner, dispatch }) {
  if (banner.kind === "info") {
    return (
      <div className="banner info" role="status">
        <span>{banner.text}</span>
        <button type="button" onClick={() => dispatch({ type: "dismiss", id: banner.id })}>
          Dismiss
        </button>
      </div>
    );
  }
  if (banner.state === "requested") {
    return (
      <div className="banner success" role="status">
        <span>Refill requested for {banner.medicine} - ready in 2 working days</span>
        <button type="button" onClick={() => dispatch({ type: "dismiss", id: banner.id })}>
          Dismiss
        </button>
      </div>
    );
  }
  return (
    <div className="banner due" role="status">
      <span>Your repeat prescription for {banner.medicine} is due.</span>
      <button type="button" onClick={() => dispatch({ type: "request", id: banner.id })}>
        Request refill
      </button>
      <button type="button" onClick={() => dispatch({ type: "dismiss", id: banner.id })}>
        Not now
      </button>
    </div>
  );
}

export default function PharmacyHome({ patient = "Mr. Ilyas Karim", branch = "Rosehip Pharmacy, Cowley Road" }) {
  const [banners, dispatch] = useReducer(bannerReducer, START);
  const due = banners.filter((b) => b.kind === "refill" && b.state === "due").length;

  return (
    <main className="pharmacy">
      <h1>{branch}</h1>
      <p>Signed in as {patient}</p>
      <div className="banner-stack">
        {banners.map((b) => (
          <Banner key={b.id} banner={b} dispatch={dispatch} />
        ))}
      </div>
      <section className="summary">
        <h2>Your medicines</h2>
        <p className="due-count">Repeat prescriptions due: {due}</p>
        <ul>
          <li>Sertraline 50 mg - 28 tablets, one a day</li>
          <li>Ramipril 5 mg - 28 capsules, one a day</li>
          <li>Salbutamol inhaler - when needed</li>
        </ul>
      </section>
    </main>
  );
}
