import { BasketProvider, useBasket } from "./basket.jsx";
import BasketSummary from "./BasketSummary.jsx";
import { PRODUCTS, euro } from "./money.js";

function ProductList() {
  const { qty, setAmount } = useBasket();
  return (
    <table className="products">
      <thead>
        <tr>
          <th>Artikel</th>
          <th>Preis</th>
          <th>Menge</th>
        </tr>
      </thead>
      <tbody>
        {PRODUCTS.map((p) => (
          <tr key={p.id}>
            <td>{p.name}</td>
            <td>{euro(p.price)}</td>
            <td>
              <label>
                <span className="sr-only">{p.name}</span>
                <input
                  type="number"
                  min="0"
                  value={qty[p.id] ?? 0}
                  onChange={(e) => setAmount(p.id, e.target.value)}
                />
              </label>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ModeSwitch() {
  const { mode, setMode } = useBasket();
  return (
    <fieldset>
      <legend>Wie möchten Sie Ihre Bestellung erhalten?</legend>
      <label>
        <input
          type="radio"
          name="mode"
          value="lieferung"
          checked={mode === "lieferung"}
          onChange={() => setMode("lieferung")}
        />
        Lieferung (frei ab 25,00 €)
      </label>
      <label>
        <input
          type="radio"
          name="mode"
          value="abholung"
          checked={mode === "abholung"}
          onChange={() => setMode("abholung")}
        />
        Abholung in der Filiale
      </label>
    </fieldset>
  );
}

export default function BakeryPreorder({ pickupDay = "Samstag, 14. Juni" }) {
  return (
    <BasketProvider>
      <main>
        <h1>Backstube Morgenrot – Vorbestellung</h1>
        <p>Bestellungen bis Freitag 18 Uhr für {pickupDay}.</p>
        <ProductList />
        <ModeSwitch />
        <BasketSummary pickupDay={pickupDay} />
      </main>
    </BasketProvider>
  );
}
