import React from "react";
import WorkLine from "./WorkLine.jsx";
import { ENV_FEE, nok, repairTotals } from "./nok.js";

const WORK_ORDER = [
  { id: 1, type: "labour", text: "EU-kontroll (periodic inspection)", qty: 1, unit: 109000, approved: true },
  { id: 2, type: "part", text: "Bremseklosser foran (front brake pads)", qty: 1, unit: 145000, approved: true },
  { id: 3, type: "labour", text: "Bytte bremseklosser – arbeid", qty: 1.2, unit: 115000, approved: true },
  { id: 4, type: "part", text: "Vindusviskerblader (wiper blades)", qty: 2, unit: 28900, approved: false },
];

export default class RepairInvoice extends React.Component {
  static defaultProps = { car: "Toyota RAV4 · EL 48213", customer: "Ingrid Haugen" };

  state = { lines: WORK_ORDER, regular: false, sent: false };

  toggleLine(id) {
    this.setState((s) => ({
      sent: false,
      lines: s.lines.map((l) => (l.id === id ? { ...l, approved: !l.approved } : l)),
    }));
  }

  render() {
    const { car, customer } = this.props;
    const t = repairTotals(this.state.lines, this.state.regular);
    const pending = this.state.lines.filter((l) => !l.approved).length;

    return (
      <div className="repair-invoice">
        <h1>Fjellvegen Bilverksted</h1>
        <p>
          Work order for {customer} – {car}
        </p>
        <p className="hint">Tick a line when the customer has approved the work. Unticked lines are not invoiced.</p>

        <table>
          <thead>
            <tr>
              <th>OK</th>
              <th>Work / part</th>
              <th>Qty</th>
              <th>Unit</th>
              <th>Amount</th>
            </tr>
          </thead>
          <tbody>
            {this.state.lines.map((l) => (
              <WorkLine key={l.id} line={l} onToggle={() => this.toggleLine(l.id)} />
            ))}
          </tbody>
        </table>
        {pending > 0 && <p className="pending-note">{pending} line(s) waiting for approval</p>}

        <label>
          <input
            type="checkbox"
            checked={this.state.regular}
            onChange={(e) => this.setState({ regular: e.target.checked, sent: false })}
          />
          Fastkunde (10% off parts)
        </label>

        <dl className="sum">
          <dt>Labour</dt>
          <dd className="labour">{nok(t.labour)}</dd>
          <dt>Parts</dt>
          <dd className="parts">{nok(t.parts)}</dd>
          {t.discount > 0 && (
            <>
              <dt>Fastkunde discount</dt>
              <dd className="discount">{nok(-t.discount)}</dd>
            </>
          )}
          <dt>Miljøavgift</dt>
          <dd>{nok(ENV_FEE)}</dd>
          <dt>MVA 25%</dt>
          <dd className="mva">{nok(t.mva)}</dd>
          <dt>Total</dt>
          <dd className="total">{nok(t.total)}</dd>
        </dl>

        <button onClick={() => this.setState({ sent: true })}>Send invoice</button>
        {this.state.sent && <p className="sent">Invoice sent to {customer}: {nok(t.total)}</p>}
      </div>
    );
  }
}
