import { Component } from "react";
import FeatureChip from "./FeatureChip.jsx";

const SUGGESTED = ["Garden", "Off-street parking", "Balcony", "EPC rating B", "Pets allowed"];
const CARD_SHOWS = 3;

function canonical(text, pool) {
  const clean = text.trim().replace(/\s+/g, " ");
  const known = pool.find((p) => p.toLowerCase() === clean.toLowerCase());
  return known || clean.charAt(0).toUpperCase() + clean.slice(1);
}

export default class ListingFeatures extends Component {
  static defaultProps = {
    listing: { ref: "SG-1147", address: "Flat 4, 12 Marine Parade, Saltburn", price: "£215,000" },
  };

  state = { features: ["Balcony", "Sea view", "Lift"], other: "", error: "" };

  add(text) {
    const { features } = this.state;
    const name = canonical(text, [...SUGGESTED, ...features]);
    if (!name) return;
    if (features.some((f) => f.toLowerCase() === name.toLowerCase())) {
      this.setState({ error: name + " is already listed" });
      return;
    }
    this.setState({ features: [...features, name], other: "", error: "" });
  }

  remove = (name) => {
    this.setState((s) => ({ features: s.features.filter((f) => f !== name), error: "" }));
  };

  render() {
    const { listing } = this.props;
    const { features, other, error } = this.state;
    const suggestions = SUGGESTED.filter((s) => !features.includes(s));
    const shown = features.slice(0, CARD_SHOWS).join(" · ");
    const more = features.length - CARD_SHOWS;

    return (
      <section className="listing-features">
        <h1>Key features</h1>
        <p>
          {listing.ref} · {listing.address} · {listing.price}
        </p>

        <div className="chips">
          {features.map((f) => (
            <FeatureChip key={f} name={f} onRemove={this.remove} />
          ))}
        </div>

        <div className="suggested">
          <span>Suggested:</span>
          {suggestions.map((s) => (
            <button key={s} type="button" onClick={() => this.add(s)}>
              + {s}
            </button>
          ))}
        </div>

        <form
          onSubmit={(e) => {
            e.preventDefault();
            this.add(other);
          }}
        >
          <label htmlFor="other-feature">Other feature</label>
          <input id="other-feature" value={other} onChange={(e) => this.setState({ other: e.target.value, error: "" })} />
          <button type="submit" disabled={!other.trim()}>
            Add
          </button>
        </form>
        {error && <p role="alert">{error}</p>}

        <div className="card-preview">
          <h2>Listing card preview</h2>
          <p className="card-line">
            {shown}
            {more > 0 ? " +" + more + " more" : ""}
          </p>
        </div>
      </section>
    );
  }
}
