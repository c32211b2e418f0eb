export default function TagChip({ tag, onRemove }) {
  return (
    <li className="chip">
      #{tag}
      <button type="button" className="chip-x" aria-label={"Remove tag " + tag} onClick={() => onRemove(tag)}>
        ×
      </button>
    </li>
  );
}
