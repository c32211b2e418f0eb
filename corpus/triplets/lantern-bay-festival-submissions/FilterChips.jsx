export default function FilterChips({ chips, onRemove, onClear }) {
  if (chips.length === 0) return null;
  return (
    <div className="chips">
      {chips.map((chip) => (
        <span className="chip" key={chip.key}>
          {chip.label}
          <button type="button" aria-label={"Remove filter: " + chip.label} onClick={() => onRemove(chip.key)}>
            x
          </button>
        </span>
      ))}
      <button type="button" className="clear-all" onClick={onClear}>
        Clear all
      </button>
    </div>
  );
}
