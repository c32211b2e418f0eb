import { Component } from "react";
import { FREQUENCIES, MAX_SCENTS, SCENTS, firstBox, gbp, perBox } from "./plans.js";

export default class CandleSubscription extends Component {
  state = { step: 1, scents: [], frequency: "monthly", wrap: false, confirmed: false };

  toggleScent(scent) {
    this.setState(({ scents }) => ({
      scents: scents.includes(scent) ? scents.filter((s) => s !== scent) : [...scents, scent],
    }));
  }

  next = () => this.setState(({ step }) => ({ step: step + 1 }));
  back = () => this.setState(({ step }) => ({ step: step - 1 }));

  renderScents() {
    const { scents } = this.state;
    const full = scents.length >= MAX_SCENTS;
    return (
      <fieldset>
        <legend>Pick up to {MAX_SCENTS} scents</legend>
        {SCENTS.map((s) => (
          <label key={s}>
            <input
              type="checkbox"
              checked={scents.includes(s)}
              disabled={full && !scents.includes(s)}
              onChange={() => this.toggleScent(s)}
            />
            {s}
          </label>
        ))}
        <span className="picked">
          {scents.length} of {MAX_SCENTS} picked
        </span>
        <button onClick={this.next} disabled={scents.length === 0}>
          Next
        </button>
      </fieldset>
    );
  }

  renderFrequency() {
    const { frequency, wrap } = this.state;
    return (
      <fieldset>
        <legend>How often?</legend>
        {FREQUENCIES.map((f) => (
          <label key={f.id}>
            <input
              type="radio"
              name="frequency"
              checked={frequency === f.id}
              onChange={() => this.setState({ frequency: f.id })}
            />
            {f.label} - {gbp(f.price)} a box
          </label>
        ))}
        <label>
          <input type="checkbox" checked={wrap} onChange={(e) => this.setState({ wrap: e.target.checked })} />
          Gift wrap every box (+{gbp(3.5)})
        </label>
        <button onClick={this.back}>Back</button>
        <button onClick={this.next}>Next</button>
      </fieldset>
    );
  }

  renderReview() {
    const { scents, frequency, wrap, confirmed } = this.state;
    const price = perBox(frequency, wrap);
    const f = FREQUENCIES.find((x) => x.id === frequency);
    if (confirmed) {
      return <p className="confirmed">Subscription started - your first box ships on Friday.</p>;
    }
    return (
      <section>
        <h2>Your box</h2>
        <p>Scents: {scents.join(", ")}</p>
        <p>
          {f.label}, {gbp(price)} per box
        </p>
        <p className="offer">First box (half price): {gbp(firstBox(price))}</p>
        <button onClick={this.back}>Back</button>
        <button onClick={() => this.setState({ confirmed: true })}>Start subscription</button>
      </section>
    );
  }

  render() {
    const { step } = this.state;
    return (
      <main className="candles">
        <h1>Emberwick candle club</h1>
        <p className="step-label">Step {step} of 3</p>
        {step === 1 && this.renderScents()}
        {step === 2 && this.renderFrequency()}
        {step === 3 && this.renderReview()}
      </main>
    );
  }
}
