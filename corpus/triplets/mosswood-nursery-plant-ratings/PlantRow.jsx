import { averageOf } from "./plantStats.js";

export default function PlantRow({ plant, onRate }) {
  return (
    <tr className="plant-row">
      <td>{plant.name}</td>
      <td>{plant.pot}</td>
      <td>{plant.price}</td>
      <td className="avg">
        {averageOf(plant).toFixed(1)} ({plant.count} reviews)
      </td>
      <td>
        {plant.mine ? (
          <span className="mine">Your rating: {plant.mine}</span>
        ) : (
          [1, 2, 3, 4, 5].map((n) => (
            <button key={n} aria-label={"Rate " + plant.name + " " + n + " of 5"} onClick={() => onRate(plant.name, n)}>
              ☆
            </button>
          ))
        )}
      </td>
    </tr>
  );
}
