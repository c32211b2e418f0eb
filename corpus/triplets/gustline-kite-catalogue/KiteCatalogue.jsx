import { useReducer } from "react";
import KiteCard from "./KiteCard.jsx";

const KITES = [
  { sku: "GL-ZD", name: "Zephyr Delta", pence: 3400, wind: [5, 20], inStock: true },
  { sku: "GL-SP", name: "Storm Petrel Foil", pence: 12900, wind: [15, 45], inStock: false },
  { sku: "GL-HB", name: "Harbour Box Kite", pence: 4850, wind: [10, 30], inStock: true },
  { sku: "GL-LP", name: "Little Puffin", pence: 1499, wind: [5, 15], inStock: true },
  { sku: "GL-NP", name: "Nimbus Parafoil", pence: 7900, wind: [12, 35], inStock: false },
  { sku: "GL-AS", name: "Albatross Stunt", pence: 9600, wind: [10, 40], inStock: true },
  { sku: "GL-DS", name: "Dragonfly Sled", pence: 2200, wind: [3, 18], inStock: true },
];

const ORDERS = {
  featured: { label: "Featured", compare: () => 0 },
  priceAsc: { label: "Price: low to high", compare: (a, b) => a.pence - b.pence },
  priceDesc: { label: "Price: high to low", compare: (a, b) => b.pence - a.pence },
  name: { label: "Name A-Z", compare: (a, b) => a.name.localeCompare(b.name) },
  wind: { label: "Wind range: lightest first", compare: (a, b) => a.wind[0] - b.wind[0] },
};

function reducer(state, action) {
  switch (action.type) {
    case "order":
      return { ...state, order: action.order };
    case "toggleStock":
      return { ...state, inStockFirst: !state.inStockFirst };
    default:
      return state;
  }
}

function arrange(kites, { order, inStockFirst }) {
  const byOrder = ORDERS[order].compare;
  return [...kites].sort((a, b) => {
    if (inStockFirst) {
      const stock = (b.inStock ? 1 : 0) - (a.inStock ? 1 : 0);
      if (stock !== 0) return stock;
    }
    return byOrder(a, b);
  });
}

export default function KiteCatalogue({ kites = KITES }) {
  const [state, dispatch] = useReducer(reducer, { order: "featured", inStockFirst: false });
  const shown = arrange(kites, state);

  return (
    <main className="shop">
      <h1>Gustline Kites</h1>
      <p className="strap">Hand-sewn on the seafront since 1987</p>

      <div className="toolbar">
        <label htmlFor="order">Sort</label>
        <select
          id="order"
          data-testid="sort-select"
          value={state.order}
          onChange={(e) => dispatch({ type: "order", order: e.target.value })}
        >
          {Object.entries(ORDERS).map(([value, o]) => (
            <option key={value} value={value}>
              {o.label}
            </option>
          ))}
        </select>

        <label>
          <input
            type="checkbox"
            data-testid="in-stock-first"
            checked={state.inStockFirst}
            onChange={() => dispatch({ type: "toggleStock" })}
          />
          In stock first
        </label>
      </div>

      <ul className="kites">
        {shown.map((k) => (
          <KiteCard key={k.sku} kite={k} />
        ))}
      </ul>
    </main>
  );
}
