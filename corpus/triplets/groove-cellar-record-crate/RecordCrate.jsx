import React from "react";
import CrateLine from "./CrateLine.jsx";
import { gbp, postage } from "./gbp.js";

const CATALOGUE = [
  { sku: "NA-LT", artist: "Nocturne Avenue", title: "Low Tides", format: "LP", price: 2499 },
  { sku: "MG-HL", artist: "The Marram Grass", title: "Harbour Lights", format: "2xLP", price: 3300 },
  { sku: "IV-QM", artist: "Ilse Varga", title: "Quiet Machines", format: '7"', price: 899 },
  { sku: "CB-LE", artist: "Coldharbour Brass", title: "Live at the Exchange", format: "LP", price: 2100 },
];

export default class RecordCrate extends React.Component {
  static defaultProps = { shopName: "Groove Cellar" };

  state = { lines: [], ordered: false };

  add(sku) {
    this.setState((s) => {
      const found = s.lines.find((l) => l.sku === sku);
      const lines = found
        ? s.lines.map((l) => (l.sku === sku ? { ...l, qty: l.qty + 1 } : l))
        : [...s.lines, { sku, qty: 1 }];
      return { lines, ordered: false };
    });
  }

  remove(sku) {
    this.setState((s) => ({ lines: s.lines.filter((l) => l.sku !== sku), ordered: false }));
  }

  render() {
    const { lines, ordered } = this.state;
    const rows = lines.map((l) => ({ ...l, record: CATALOGUE.find((r) => r.sku === l.sku) }));
    const units = rows.reduce((n, r) => n + r.qty, 0);
    const subtotal = rows.reduce((sum, r) => sum + r.record.price * r.qty, 0);
    const post = postage(subtotal, units);

    return (
      <div className="shop">
        <header>
          <strong>{this.props.shopName}</strong>
          <span className="crate-badge">
            Crate <span className="crate-count">{units}</span>
          </span>
        </header>

        <ul className="catalogue">
          {CATALOGUE.map((r) => (
            <li key={r.sku}>
              <span>
                {r.artist} – {r.title} ({r.format}) {gbp(r.price)}
              </span>
              <button onClick={() => this.add(r.sku)}>Add to crate</button>
            </li>
          ))}
        </ul>

        <h2>Your crate</h2>
        {rows.length === 0 ? (
          <p className="empty">Your crate is empty – dig in!</p>
        ) : (
          <table>
            <tbody>
              {rows.map((r) => (
                <CrateLine key={r.sku} record={r.record} qty={r.qty} onRemove={() => this.remove(r.sku)} />
              ))}
            </tbody>
          </table>
        )}

        <dl className="totals">
          <dt>Records</dt>
          <dd id="subtotal">{gbp(subtotal)}</dd>
          <dt>Postage</dt>
          <dd id="postage">{units > 0 && post === 0 ? "Free" : gbp(post)}</dd>
          <dt>Total</dt>
          <dd id="total">{gbp(subtotal + post)}</dd>
        </dl>
        <button disabled={units === 0} onClick={() => this.setState({ ordered: true })}>
          Checkout
        </button>
        {ordered && <p className="notice">Thanks! {units} records are being packed.</p>}
      </div>
    );
  }
}
