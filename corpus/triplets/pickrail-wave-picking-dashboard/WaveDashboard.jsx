import { Component } from "react";
import { applyScan, stats } from "./wave.js";

const LINES = [
  { order: "ORD-1", sku: "SKU-ALP-01", name: "Alpine tent pegs (10)", qty: 2, picked: 2 },
  { order: "ORD-1", sku: "SKU-BRK-07", name: "Brake cable set", qty: 1, picked: 0 },
  { order: "ORD-2", sku: "SKU-ALP-01", name: "Alpine tent pegs (10)", qty: 3, picked: 1 },
  { order: "ORD-2", sku: "SKU-CAB-12", name: "Carabiner 12 mm", qty: 1, picked: 1 },
  { order: "ORD-3", sku: "SKU-DNT-30", name: "Dry bag 30 L", qty: 4, picked: 4 },
];

export default class WaveDashboard extends Component {
  static defaultProps = { wave: "W-0412", zone: "Mezzanine B", lines: LINES };

  state = { lines: this.props.lines, message: "", error: false };

  handleKey = (e) => {
    if (e.key !== "Enter") return;
    const code = e.currentTarget.value.trim().toUpperCase();
    if (!code) return;
    const result = applyScan(this.state.lines, code);
    if (result.error) {
      this.setState({ message: result.error, error: true });
    } else {
      this.setState({ lines: result.lines, message: "Picked 1 x " + code + " for " + result.order, error: false });
    }
    e.currentTarget.value = "";
  };

  render() {
    const { wave, zone } = this.props;
    const { lines, message, error } = this.state;
    const s = stats(lines);

    return (
      <div className="wave">
        <h1>
          Wave {wave} - {zone}
        </h1>

        <dl className="counters">
          <dt>Units picked</dt>
          <dd className="units">
            {s.units}/{s.unitsTotal}
          </dd>
          <dt>Lines complete</dt>
          <dd className="lines">
            {s.lines}/{s.linesTotal}
          </dd>
          <dt>Orders complete</dt>
          <dd className="orders">
            {s.orders}/{s.ordersTotal}
          </dd>
        </dl>

        <input className="scanner" placeholder="Scan or type SKU, then Enter" onKeyDown={this.handleKey} />
        {message && <p className={error ? "scan-msg bad" : "scan-msg"}>{message}</p>}

        <table>
          <thead>
            <tr>
              <th>Order</th>
              <th>SKU</th>
              <th>Item</th>
              <th>Picked</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l, i) => (
              <tr key={i} className={l.picked === l.qty ? "done" : undefined}>
                <td>{l.order}</td>
                <td>{l.sku}</td>
                <td>{l.name}</td>
                <td className="picked">
                  {l.picked} of {l.qty}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }
}
