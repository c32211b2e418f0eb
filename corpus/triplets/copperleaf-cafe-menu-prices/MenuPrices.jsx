import { Component } from "react";
import { formatPence, parsePrice } from "./money.js";

const MENU = [
  { id: "fw", name: "Flat white", section: "Coffee", pence: 340 },
  { id: "cb", name: "Cold brew", section: "Coffee", pence: 375 },
  { id: "cs", name: "Cardamom bun", section: "Bakery", pence: 295 },
  { id: "tt", name: "Tomato & feta toastie", section: "Kitchen", pence: 725 },
];

export default class MenuPrices extends Component {
  static defaultProps = { cafe: "Copperleaf Café - Canal Street", version: 13 };

  state = { items: MENU, editingId: null, draft: "", error: "", changed: [], published: "" };

  startEdit(item) {
    this.setState({ editingId: item.id, draft: (item.pence / 100).toFixed(2), error: "", published: "" });
  }

  cancel = () => this.setState({ editingId: null, draft: "", error: "" });

  save(item) {
    const pence = parsePrice(this.state.draft);
    if (pence === null) {
      this.setState({ error: "Price must look like 3.40" });
      return;
    }
    this.setState((s) => ({
      items: s.items.map((i) => (i.id === item.id ? { ...i, pence, was: i.was ?? i.pence } : i)),
      changed: s.changed.includes(item.id) ? s.changed : [...s.changed, item.id],
      editingId: null,
      error: "",
    }));
  }

  publish = () => {
    const n = this.state.changed.length;
    this.setState({
      changed: [],
      published: "Menu v" + this.props.version + " published with " + n + (n === 1 ? " price change" : " price changes"),
    });
  };

  renderRow(item) {
    const { editingId, draft, error } = this.state;
    if (editingId === item.id) {
      return (
        <li key={item.id} className="menu-item editing">
          <span>{item.name}</span>
          <input aria-label={"Price for " + item.name} value={draft} onChange={(e) => this.setState({ draft: e.target.value })} />
          <button type="button" onClick={() => this.save(item)}>
            Save
          </button>
          <button type="button" onClick={this.cancel}>
            Cancel
          </button>
          {error && <span className="error">{error}</span>}
        </li>
      );
    }
    return (
      <li key={item.id} className="menu-item">
        <span>{item.name}</span>
        <span className="price">{formatPence(item.pence)}</span>
        {item.was !== undefined && item.was !== item.pence && <s className="was">was {formatPence(item.was)}</s>}
        <button type="button" aria-label={"Edit " + item.name} onClick={() => this.startEdit(item)}>
          Edit
        </button>
      </li>
    );
  }

  render() {
    const { items, changed, published } = this.state;
    const sections = [...new Set(items.map((i) => i.section))];
    return (
      <section className="menu-prices">
        <header>
          <h1>Menu prices</h1>
          <p>{this.props.cafe}</p>
        </header>
        {sections.map((sec) => (
          <div key={sec}>
            <h2>{sec}</h2>
            <ul>{items.filter((i) => i.section === sec).map((i) => this.renderRow(i))}</ul>
          </div>
        ))}
        <footer className="publish-bar">
          <span className="pending">{changed.length} unpublished</span>
          <button type="button" disabled={changed.length === 0} onClick={this.publish}>
            Save all &amp; publish
          </button>
        </footer>
        {published && <p role="status">{published}</p>}
      </section>
    );
  }
}
