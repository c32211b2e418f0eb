import { byLine } from "./patterns.js";

export default function SuggestionList({ items, onPick }) {
  if (items.length === 0) {
    return <p data-testid="no-patterns">No pattern in the guild library matches.</p>;
  }
  return (
    <ul className="suggestions" data-testid="suggestions">
      {items.map((p) => (
        <li key={p.id}>
          <button type="button" data-testid="suggestion" onClick={() => onPick(p)}>
            {p.name}
          </button>
          <small> {byLine(p)}</small>
        </li>
      ))}
    </ul>
  );
}
