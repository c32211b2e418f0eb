import { useState } from "react";
import PlantRow from "./PlantRow.jsx";
import { averageOf, sortPlants } from "./plantStats.js";

const PLANTS = [
  { name: "Monstera deliciosa", pot: "24 cm", price: "£34.00", count: 20, sum: 88 },
  { name: "Calathea orbifolia", pot: "17 cm", price: "£22.50", count: 8, sum: 27 },
  { name: "String of pearls", pot: "12 cm hanging", price: "£14.00", count: 5, sum: 19 },
  { name: "Fiddle-leaf fig", pot: "27 cm", price: "£48.00", count: 10, sum: 40 },
  { name: "Zebra haworthia", pot: "9 cm", price: "£7.50", count: 3, sum: 15 },
];

export default function PlantRatings({ plants = PLANTS }) {
  const [rows, setRows] = useState(plants.map((p) => ({ ...p, mine: 0 })));
  const [order, setOrder] = useState("name");
  const [fourPlus, setFourPlus] = useState(false);

  function rate(name, stars) {
    setRows((list) =>
      list.map((p) => (p.name === name && !p.mine ? { ...p, mine: stars, sum: p.sum + stars, count: p.count + 1 } : p))
    );
  }

  const filtered = fourPlus ? rows.filter((p) => averageOf(p) >= 4) : rows;
  const visible = sortPlants(filtered, order);
  const rated = rows.filter((p) => p.mine).length;
  const changed = order !== "name" || fourPlus;

  function resetView() {
    setOrder("name");
    setFourPlus(false);
  }

  return (
    <div className="plant-ratings">
      <h1>Mosswood Nursery - houseplant reviews</h1>
      <div className="controls">
        <label htmlFor="order">Sort</label>
        <select id="order" value={order} onChange={(e) => setOrder(e.target.value)}>
          <option value="name">Name A-Z</option>
          <option value="rating">Highest rated</option>
        </select>
        <label>
          <input type="checkbox" checked={fourPlus} onChange={(e) => setFourPlus(e.target.checked)} />
          4.0 and above only
        </label>
        {changed && (
          <button type="button" onClick={resetView}>
            Reset view
          </button>
        )}
      </div>

      <table>
        <thead>
          <tr>
            <th>Plant</th>
            <th>Pot</th>
            <th>Price</th>
            <th>Average</th>
            <th>Your stars</th>
          </tr>
        </thead>
        <tbody>
          {visible.map((p) => (
            <PlantRow key={p.name} plant={p} onRate={rate} />
          ))}
        </tbody>
      </table>
      <p className="shown">
        Showing {visible.length} of {rows.length} plants
      </p>
      {rated > 0 && <p className="thanks">Thanks - you have rated {rated === 1 ? "1 plant" : rated + " plants"} today.</p>}
    </div>
  );
}
