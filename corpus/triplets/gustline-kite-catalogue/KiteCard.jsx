function pounds(pence) {
  return "\u00a3" + (pence / 100).toFixed(2);
}

export default function KiteCard({ kite }) {
  return (
    <li className="kite-card" data-testid="kite-card">
      <h3 data-testid="kite-name">{kite.name}</h3>
      <p data-testid="kite-price">{pounds(kite.pence)}</p>
      <p>
        Wind {kite.wind[0]}-{kite.wind[1]} km/h
      </p>
      <p className={kite.inStock ? "stock" : "stock out"}>{kite.inStock ? "In stock" : "Back in spring"}</p>
    </li>
  );
}
