import React from "react";
import { ORDER, settle, yen } from "./bill.js";

export default class BillSplit extends React.Component {
  static defaultProps = { order: ORDER, table: "Table 7" };

  constructor(props) {
    super(props);
    this.state = { privateRoom: true, people: 3, roundTo100: false };
  }

  toggle = (key) => () => this.setState((s) => ({ [key]: !s[key] }));

  render() {
    const { order, table } = this.props;
    const r = settle(order, this.state);

    return (
      <div className="bill-split">
        <h1>Sushi Kaito · お会計</h1>
        <p className="table">{table}</p>

        <table className="order">
          <tbody>
            {order.map((o) => (
              <tr key={o.dish}>
                <td>{o.dish}</td>
                <td>× {o.qty}</td>
                <td>{yen(o.price * o.qty)}</td>
              </tr>
            ))}
          </tbody>
        </table>

        <label>
          <input type="checkbox" checked={this.state.privateRoom} onChange={this.toggle("privateRoom")} />
          Private room (service charge 10%)
        </label>

        <div className="totals">
          <div>Food &amp; drinks <span className="food">{yen(r.food)}</span></div>
          <div>Service charge <span className="service">{yen(r.service)}</span></div>
          <div>Consumption tax 10% <span className="tax">{yen(r.tax)}</span></div>
          <div className="grand">Total <span className="total">{yen(r.total)}</span></div>
        </div>

        <label htmlFor="people">Split between</label>
        <select
          id="people"
          value={this.state.people}
          onChange={(e) => this.setState({ people: Number(e.target.value) })}
        >
          {[1, 2, 3, 4, 5, 6].map((n) => (
            <option key={n} value={n}>
              {n} {n === 1 ? "person" : "people"}
            </option>
          ))}
        </select>

        <label>
          <input type="checkbox" checked={this.state.roundTo100} onChange={this.toggle("roundTo100")} />
          Round up to ¥100 each
        </label>

        <p className="each">
          Each pays <strong>{yen(r.each)}</strong>
        </p>
        {r.extra > 0 && <p className="extra">{yen(r.extra)} extra for the table</p>}
      </div>
    );
  }
}
