import CartTable from "./CartTable.jsx";
import useCart from "./useCart.js";
import { yen, orderTotals } from "./yen.js";

const CATALOGUE = [
  { id: "juniper", name: "Juniper starter bonsai", price: 3980 },
  { id: "kanuma", name: "Kanuma soil 14L", price: 1265 },
  { id: "shears", name: "Bonsai shears (Okatsune)", price: 4950 },
  { id: "moss", name: "Moss sheet", price: 385 },
];

function Row({ label, value, className }) {
  return (
    <div className={"row " + className}>
      <span>{label}</span>
      <output>{value}</output>
    </div>
  );
}

export default function BonsaiCart({ storeName = "Midori-en Nursery" }) {
  const cart = useCart(CATALOGUE);
  const t = orderTotals(cart.lines);

  return (
    <main>
      <h1>{storeName} online shop</h1>
      <section className="products">
        {CATALOGUE.map((c) => {
          const inCart = cart.lines.some((l) => l.id === c.id);
          return (
            <article key={c.id}>
              <h3>{c.name}</h3>
              <p>{yen(c.price)} (excl. tax)</p>
              <button disabled={inCart} onClick={() => cart.add(c.id)}>
                {inCart ? "In cart" : "Add to cart"}
              </button>
            </article>
          );
        })}
      </section>

      <section>
        <h2>Cart</h2>
        {cart.lines.length > 0 ? (
          <CartTable lines={cart.lines} onQty={cart.setQty} onRemove={cart.remove} />
        ) : (
          <p>Nothing in your cart.</p>
        )}
        <Row label="Subtotal" value={yen(t.subtotal)} className="subtotal" />
        <Row label="Consumption tax (10%)" value={yen(t.tax)} className="tax" />
        <Row label="Shipping" value={yen(t.shipping)} className="shipping" />
        <Row label="Total" value={yen(t.total)} className="total" />
        {t.subtotal > 0 && t.shipping > 0 && (
          <p className="hint">Add {yen(10000 - t.subtotal)} more for free shipping.</p>
        )}
      </section>

      <section className="shipping-info">
        <h2>About delivery</h2>
        <dl>
          <dt>Live plants</dt>
          <dd>Shipped Monday to Wednesday only, so they never spend a weekend in a depot.</dd>
          <dt>Soil and tools</dt>
          <dd>Shipped the next working day.</dd>
          <dt>Okinawa and remote islands</dt>
          <dd>Live plants cannot be sent; please contact the nursery.</dd>
        </dl>
        <p className="care">Every tree comes with a printed care card from {storeName}.</p>
        <p className="returns">
          Tools can be returned within 14 days. Living trees cannot be returned, but we replace any tree that
          arrives damaged – send us a photo on the day of delivery.
        </p>
        <p className="contact">Questions? Call the nursery in Omiya, 10:00–17:00, closed Thursdays.</p>
      </section>
    </main>
  );
}
