function grams(g) {
  return g >= 1000 ? (g / 1000).toFixed(1) + " kg" : g + " g";
}

export default function BirdRow({ bird }) {
  return (
    <li className="bird">
      <span className="bird-name">{bird.name}</span>
      <span className="species">{bird.species}</span>
      <span className="weight">{grams(bird.weight)}</span>
      {bird.flyingToday ? <span className="flying">Flying 11:00 and 15:00</span> : <span className="resting">Resting</span>}
    </li>
  );
}
