import useStepper from "./useStepper.js";
import { REAGENTS, orderTotals, sgd } from "./catalogue.js";

function useReagentRows() {
  // one stepper per catalogue line; the catalogue is fixed so the hook order is stable
  return REAGENTS.map((item) => ({ item, stepper: useStepper(item) }));
}

function ReagentRow({ item, stepper }) {
  return (
    <tr>
      <td>
        {item.name}
        {item.cold && <span className="badge"> ❄ dry ice</span>}
        {item.hazmat && <div className="hazmat">Max. {item.max} per order (hazardous)</div>}
        {item.min > 1 && <div className="moq">Minimum order {item.min}, then steps of {item.step}</div>}
      </td>
      <td>{sgd(item.price)}</td>
      <td className="qty-cell">
        <button aria-label={"Decrease " + item.name} disabled={stepper.atZero} onClick={stepper.dec}>
          −
        </button>
        <span className="qty">{stepper.value}</span>
        <button aria-label={"Increase " + item.name} disabled={stepper.atMax} onClick={stepper.inc}>
          +
        </button>
      </td>
      <td className="line">{sgd(item.price * stepper.value)}</td>
    </tr>
  );
}

export default function ReagentOrder({ lab = "NUS Yong Loo Lin – Lab 4.12", account = "HX-30471" }) {
  const rows = useReagentRows();
  const t = orderTotals(rows.map((r) => ({ item: r.item, qty: r.stepper.value })));

  return (
    <main className="reagent-order">
      <h1>Helix Biolabs · quick order</h1>
      <p>
        Ship to {lab} · account {account}
      </p>
      <table>
        <thead>
          <tr>
            <th>Reagent</th>
            <th>Unit price</th>
            <th>Qty</th>
            <th>Line</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <ReagentRow key={r.item.sku} item={r.item} stepper={r.stepper} />
          ))}
        </tbody>
      </table>

      <div className="totals">
        <p>
          Subtotal <span className="subtotal">{sgd(t.subtotal)}</span>
        </p>
        {t.coldChain > 0 && (
          <p className="cold">
            Cold-chain shipping (dry ice) <span>{sgd(t.coldChain)}</span>
          </p>
        )}
        <p>
          GST 9% <span className="gst">{sgd(t.gst)}</span>
        </p>
        <p>
          Total <span className="total">{sgd(t.total)}</span>
        </p>
      </div>
    </main>
  );
}
