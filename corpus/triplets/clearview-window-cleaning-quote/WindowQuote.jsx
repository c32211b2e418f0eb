import React from "react";
import { FREQUENCY, cleaningPrice, nzd } from "./rates.js";

export default class WindowQuote extends React.Component {
  constructor(props) {
    super(props);
    this.state = { storeys: "1", windows: "12", inside: false, frequency: "once", gutters: false, booked: false };
    this.handleChange = this.handleChange.bind(this);
  }

  handleChange(event) {
    const { name, type, value, checked } = event.target;
    this.setState({ [name]: type === "checkbox" ? checked : value, booked: false });
  }

  renderPrice() {
    const windows = parseInt(this.state.windows, 10);
    if (!windows || windows < 1) {
      return <p className="error">Enter the number of windows (at least 1).</p>;
    }
    const price = cleaningPrice({
      storeys: Number(this.state.storeys),
      windows,
      inside: this.state.inside,
      frequency: this.state.frequency,
      gutters: this.state.gutters,
    });
    return (
      <div className="price-box">
        <p>
          Price excl. GST: <span className="net">{nzd(price.net)}</span>
        </p>
        {price.minimumApplied && <p className="note">Minimum call-out charge applies</p>}
        <p>
          GST (15%): <span className="gst">{nzd(price.gst)}</span>
        </p>
        <p>
          Per visit: <strong className="total">{nzd(price.total)}</strong>
        </p>
        <button onClick={() => this.setState({ booked: true })}>Request this clean</button>
        {this.state.booked && <p className="confirm">Thanks! We'll text you to confirm a day.</p>}
      </div>
    );
  }

  render() {
    return (
      <form className="window-quote" onSubmit={(e) => e.preventDefault()}>
        <h1>{this.props.company || "Clearview Window Co."} – instant quote</h1>

        <label htmlFor="storeys">House</label>
        <select id="storeys" name="storeys" value={this.state.storeys} onChange={this.handleChange}>
          <option value="1">Single storey</option>
          <option value="2">Two storeys</option>
          <option value="3">Three storeys</option>
        </select>

        <label htmlFor="windows">Number of windows</label>
        <input id="windows" name="windows" type="number" value={this.state.windows} onChange={this.handleChange} />

        <label>
          <input type="checkbox" name="inside" checked={this.state.inside} onChange={this.handleChange} />
          Inside and outside
        </label>

        <label htmlFor="frequency">How often?</label>
        <select id="frequency" name="frequency" value={this.state.frequency} onChange={this.handleChange}>
          {Object.entries(FREQUENCY).map(([id, f]) => (
            <option key={id} value={id}>
              {f.label}
            </option>
          ))}
        </select>

        <label>
          <input type="checkbox" name="gutters" checked={this.state.gutters} onChange={this.handleChange} />
          Gutter clear (+NZ$65.00)
        </label>

        {this.renderPrice()}
      </form>
    );
  }
}
