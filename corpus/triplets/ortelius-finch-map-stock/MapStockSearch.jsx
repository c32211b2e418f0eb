import { useState } from "react";
import { pounds, searchMaps } from "./normalize.js";

const STOCK = [
  { ref: "OF-301", title: "Typus Orbis Terrarum", cartographer: "Abraham Ortelius", region: "World", year: 1570, price: 18500, sold: false },
  { ref: "OF-305", title: "Europa regina", cartographer: "Sebastian M\u00fcnster", region: "Europe", year: 1588, price: 6200, sold: false },
  { ref: "OF-309", title: "Nova Helvetiae tabula", cartographer: "Sebastian M\u00fcnster", region: "Switzerland", year: 1550, price: 2900, sold: true },
  { ref: "OF-312", title: "Nova Belgica et Anglia Nova", cartographer: "Willem Blaeu", region: "New England", year: 1635, price: 9400, sold: false },
  { ref: "OF-318", title: "Islandia", cartographer: "Willem Blaeu", region: "Iceland", year: 1662, price: 4100, sold: true },
  { ref: "OF-322", title: "Nova totius terrarum orbis", cartographer: "Joan Blaeu", region: "World", year: 1648, price: 22000, sold: false },
  { ref: "OF-327", title: "Le Canada ou Nouvelle France", cartographer: "Nicolas Sanson", region: "Qu\u00e9bec", year: 1656, price: 3650, sold: false },
  { ref: "OF-330", title: "Britannia", cartographer: "John Speed", region: "British Isles", year: 1611, price: 5300, sold: false },
];

export default function MapStockSearch({ stock = STOCK }) {
  const [query, setQuery] = useState("");
  const [hideSold, setHideSold] = useState(false);
  const found = searchMaps(stock, query, hideSold);

  return (
    <div className="dealer">
      <h1>Ortelius &amp; Finch</h1>
      <p className="tagline">Antique maps and charts, 1540-1800</p>

      <label htmlFor="map-search">Search stock</label>
      <input
        id="map-search"
        type="text"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder="title, cartographer, region or year"
      />

      <label className="hide-sold">
        <input type="checkbox" checked={hideSold} onChange={(e) => setHideSold(e.target.checked)} />
        Hide sold maps
      </label>

      <p role="status">{found.length === 1 ? "1 map" : `${found.length} maps`} found</p>

      <table>
        <thead>
          <tr>
            <th>Ref.</th>
            <th>Title</th>
            <th>Cartographer</th>
            <th>Year</th>
            <th>Price</th>
          </tr>
        </thead>
        <tbody>
          {found.map((m) => (
            <tr key={m.ref} className={m.sold ? "sold" : undefined}>
              <td>{m.ref}</td>
              <td className="map-title">{m.title}</td>
              <td>{m.cartographer}</td>
              <td>{m.year}</td>
              <td>{m.sold ? "Sold" : pounds(m.price)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <p className="viewing">Viewing by appointment, Cecil Court, London WC2.</p>
    </div>
  );
}
