import { Component } from "react";

const BEERS = [
  { id: "copper", name: "Copper Ale", price: { 30: 76, 50: 118 } },
  { id: "stout", name: "Lantern Stout", price: { 30: 82, 50: 128 } },
  { id: "pils", name: "Millrace Pilsner", price: { 30: 71, 50: 110 } },
];
const DEPOSIT = 30;
const LICENCE = /^PL-\d{6}$/;

function gbp(n) {
  return "£" + n.toFixed(2);
}

export default class KegOrder extends Component {
  state = {
    venue: "",
    licence: "",
    beer: "copper",
    size: "50",
    quantity: "1",
    returns: "0",
    errors: {},
    placed: null,
  };

  change = (e) => this.setState({ [e.target.name]: e.target.value, placed: null });

  validate() {
    const errors = {};
    const qty = Number(this.state.quantity);
    if (!this.state.venue.trim()) errors.venue = "Tell us which venue the kegs go to";
    if (!LICENCE.test(this.state.licence.trim())) errors.licence = "Licence number looks like PL-004512";
    if (this.state.quantity.trim() === "" || Number.isNaN(qty)) errors.quantity = "Enter how many kegs";
    else if (!Number.isInteger(qty)) errors.quantity = "Kegs come whole, enter a whole number";
    else if (qty < 1) errors.quantity = "Order at least 1 keg";
    else if (qty > 12) errors.quantity = "Max 12 kegs per delivery - call the brewery for more";
    return errors;
  }

  submit = (e) => {
    e.preventDefault();
    const errors = this.validate();
    if (Object.keys(errors).length) {
      this.setState({ errors, placed: null });
      return;
    }
    const beer = BEERS.find((b) => b.id === this.state.beer);
    const qty = Number(this.state.quantity);
    const owed = Math.max(0, qty - Number(this.state.returns));
    this.setState({
      errors: {},
      placed: `Order placed: ${qty} x ${beer.name} ${this.state.size} L for ${this.state.venue.trim()} - ${gbp(
        beer.price[this.state.size] * qty
      )} + ${gbp(owed * DEPOSIT)} keg deposit`,
    });
  };

  render() {
    const { errors } = this.state;
    return (
      <form className="keg-order" onSubmit={this.submit} noValidate>
        <h1>Copperkettle Brewery - trade keg order</h1>
        <label htmlFor="venue">Venue</label>
        <input id="venue" name="venue" value={this.state.venue} onChange={this.change} />
        {errors.venue && <div role="alert" data-testid="venue-error">{errors.venue}</div>}

        <label htmlFor="licence">Premises licence no.</label>
        <input id="licence" name="licence" value={this.state.licence} onChange={this.change} />
        {errors.licence && <div role="alert" data-testid="licence-error">{errors.licence}</div>}

        <label htmlFor="beer">Beer</label>
        <select id="beer" name="beer" value={this.state.beer} onChange={this.change}>
          {BEERS.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </select>

        <fieldset>
          <legend>Keg size</legend>
          {["30", "50"].map((s) => (
            <label key={s}>
              <input type="radio" name="size" value={s} checked={this.state.size === s} onChange={this.change} />
              {s} L
            </label>
          ))}
        </fieldset>

        <label htmlFor="quantity">Kegs</label>
        <input id="quantity" name="quantity" value={this.state.quantity} onChange={this.change} />
        {errors.quantity && <div role="alert" data-testid="quantity-error">{errors.quantity}</div>}

        <label htmlFor="returns">Empty kegs to collect</label>
        <input id="returns" name="returns" type="number" min="0" value={this.state.returns} onChange={this.change} />

        <button type="submit">Place order</button>
        {this.state.placed && <p data-testid="confirmation">{this.state.placed}</p>}
      </form>
    );
  }
}
