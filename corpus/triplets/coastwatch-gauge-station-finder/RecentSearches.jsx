export default function RecentSearches({ terms, onPick }) {
  if (terms.length === 0) {
    return <p className="recent-empty">No recent searches yet</p>;
  }
  return (
    <ul aria-label="Recent searches" className="recent">
      {terms.map((term) => (
        <li key={term}>
          <button type="button" onClick={() => onPick(term)}>
            {term}
          </button>
        </li>
      ))}
    </ul>
  );
}
