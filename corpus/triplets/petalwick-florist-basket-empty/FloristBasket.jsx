import { useState } from "react";
import { ConfirmProvider, useConfirm } from "./ConfirmContext.jsx";

const ITEMS = [
  { sku: "PW-PEO", name: "Peony bundle", unitPence: 1200, qty: 2 },
  { sku: "PW-EUC", name: "Eucalyptus stems", unitPence: 650, qty: 1 },
  { sku: "PW-RAN", name: "Ranunculus mix", unitPence: 900, qty: 3 },
];

function pounds(pence) {
  return "£" + (pence / 100).toFixed(2);
}

function Basket({ initial }) {
  const [items, setItems] = useState(initial);
  const confirm = useConfirm();
  const subtotal = items.reduce((sum, i) => sum + i.unitPence * i.qty, 0);

  async function removeItem(item) {
    const ok = await confirm({
      title: `Remove ${item.name}?`,
      detail: `${item.qty} x ${pounds(item.unitPence)} will be taken out of your basket.`,
      yesLabel: "Yes, remove",
      noLabel: "No, keep it",
    });
    if (ok) setItems((list) => list.filter((i) => i.sku !== item.sku));
  }

  async function emptyBasket() {
    const ok = await confirm({
      title: "Empty your basket?",
      detail: `All ${items.length} items will be removed.`,
      yesLabel: "Yes, empty",
      noLabel: "No, keep items",
    });
    if (ok) setItems([]);
  }

  if (items.length === 0) {
    return (
      <div className="basket">
        <p>Your basket is empty.</p>
        <button type="button" disabled>
          Checkout
        </button>
      </div>
    );
  }

  return (
    <div className="basket">
      <ul>
        {items.map((item) => (
          <li key={item.sku}>
            <span>{item.name}</span> <span>x{item.qty}</span> <span>{pounds(item.unitPence * item.qty)}</span>
            <button type="button" onClick={() => removeItem(item)}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <p className="subtotal">Subtotal {pounds(subtotal)}</p>
      <button type="button" className="link" onClick={emptyBasket}>
        Empty basket
      </button>
      <button type="button">Checkout</button>
    </div>
  );
}

export default function FloristBasket({ items = ITEMS }) {
  return (
    <ConfirmProvider>
      <h1>Petalwick Flowers - your basket</h1>
      <Basket initial={items} />
    </ConfirmProvider>
  );
}
