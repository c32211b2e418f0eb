import React from "react";
import RateTable from "./RateTable.jsx";
import { MACHINES, chf, monthly } from "./leasing.js";

const RESIDUALS = [10, 20, 30];
const TERMS = [36, 48, 60];

class LeaseCalculator extends React.Component {
  constructor(props) {
    super(props);
    this.state = { machineId: props.machineId, residualPct: 20, months: 48, insured: true };
  }

  render() {
    const machine = MACHINES.find((m) => m.id === this.state.machineId);
    const result = monthly({ price: machine.price, ...this.state });

    return (
      <div className="lease">
        <h1>Alpen Baumaschinen AG · Leasingrechner</h1>

        <label htmlFor="machine">Machine</label>
        <select
          id="machine"
          value={this.state.machineId}
          onChange={(e) => this.setState({ machineId: e.target.value })}
        >
          {MACHINES.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name} – {chf(m.price)}
            </option>
          ))}
        </select>

        <fieldset>
          <legend>Residual value</legend>
          {RESIDUALS.map((p) => (
            <label key={p}>
              <input
                type="radio"
                name="residual"
                checked={this.state.residualPct === p}
                onChange={() => this.setState({ residualPct: p })}
              />
              {p} %
            </label>
          ))}
        </fieldset>

        <label htmlFor="term">Term</label>
        <select id="term" value={this.state.months} onChange={(e) => this.setState({ months: Number(e.target.value) })}>
          {TERMS.map((t) => (
            <option key={t} value={t}>
              {t} months
            </option>
          ))}
        </select>

        <label>
          <input
            type="checkbox"
            checked={this.state.insured}
            onChange={(e) => this.setState({ insured: e.target.checked })}
          />
          Include machinery breakdown insurance (0.08 % of the price per month)
        </label>

        <RateTable result={result} months={this.state.months} />
        <p className="legal">Interest rate 4.9 % p.a. Subject to credit check. Offer valid until 31.12.2025.</p>
      </div>
    );
  }
}

LeaseCalculator.defaultProps = { machineId: "kx057" };

export default LeaseCalculator;
