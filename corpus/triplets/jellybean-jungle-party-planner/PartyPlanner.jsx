import React from "react";

const PACKAGE = { name: "Jungle Explorer", base: 245000, includedKids: 10 };
const EXTRA_KID = 16500;
const PARTY_BAG = 3800;
const FREE_ADULTS = 10;
const ADULT_COFFEE = 4500;
const CAKES = ["No cake (we bring our own)", "Chocolate monkey cake", "Vanilla rainbow cake"];

function rand(cents) {
  const whole = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return "R " + whole + "." + String(cents % 100).padStart(2, "0");
}

class Stepper extends React.Component {
  render() {
    const { label, value, min, max, onChange } = this.props;
    return (
      <div className="stepper">
        <span className="stepper-label">{label}</span>
        <button aria-label={"Fewer " + label} disabled={value <= min} onClick={() => onChange(Math.max(min, value - 1))}>
          −
        </button>
        <span className="stepper-value">{value}</span>
        <button aria-label={"More " + label} disabled={value >= max} onClick={() => onChange(Math.min(max, value + 1))}>
          +
        </button>
      </div>
    );
  }
}

export default class PartyPlanner extends React.Component {
  static defaultProps = { child: "Thandi", date: "Saturday 16 August 2025, 10:00–13:00" };

  state = { kids: 10, adults: 2, bags: false, cake: CAKES[0], requested: false };

  quote() {
    const { kids, adults, bags } = this.state;
    const extraKids = Math.max(0, kids - PACKAGE.includedKids);
    const paidAdults = Math.max(0, adults - FREE_ADULTS);
    const lines = [
      { label: `${PACKAGE.name} package (up to ${PACKAGE.includedKids} kids)`, amount: PACKAGE.base },
    ];
    if (extraKids) lines.push({ label: `${extraKids} extra ${extraKids === 1 ? "child" : "children"}`, amount: extraKids * EXTRA_KID });
    if (paidAdults) lines.push({ label: `Coffee for ${paidAdults} extra adults`, amount: paidAdults * ADULT_COFFEE });
    if (bags) lines.push({ label: `Party bags × ${kids}`, amount: kids * PARTY_BAG });
    return { lines, total: lines.reduce((s, l) => s + l.amount, 0) };
  }

  render() {
    const { child, date } = this.props;
    const q = this.quote();
    const set = (key) => (value) => this.setState({ [key]: value, requested: false });

    return (
      <div className="party-planner">
        <h1>Jellybean Jungle · party planner</h1>
        <p>
          {child}'s party · {date}
        </p>

        <Stepper label="kids" value={this.state.kids} min={8} max={24} onChange={set("kids")} />
        <Stepper label="adults" value={this.state.adults} min={1} max={30} onChange={set("adults")} />
        <p className="rules">Minimum 8 kids. The first {FREE_ADULTS} adults are free.</p>

        <label>
          <input type="checkbox" checked={this.state.bags} onChange={(e) => set("bags")(e.target.checked)} />
          Party bags for every child (R 38.00 each)
        </label>

        <label htmlFor="cake">Cake</label>
        <select id="cake" value={this.state.cake} onChange={(e) => set("cake")(e.target.value)}>
          {CAKES.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>

        <ul className="quote">
          {q.lines.map((l) => (
            <li key={l.label}>
              {l.label}: {rand(l.amount)}
            </li>
          ))}
        </ul>
        <p className="total">Total {rand(q.total)}</p>

        <button onClick={() => this.setState({ requested: true })}>Request booking</button>
        {this.state.requested && (
          <p className="requested">
            Booking request for {this.state.kids} kids sent. Deposit due: {rand(Math.round(q.total / 2))}
          </p>
        )}
      </div>
    );
  }
}
