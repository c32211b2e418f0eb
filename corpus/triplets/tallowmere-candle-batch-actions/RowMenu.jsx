export default function RowMenu({ label, open, onToggle, items, onPick }) {
  return (
    <div className="row-menu">
      <button type="button" aria-label={label} aria-haspopup="menu" aria-expanded={open} onClick={onToggle}>
        •••
      </button>
      {open && (
        <ul role="menu" aria-label={label}>
          {items.map((item) => (
            <li key={item} role="none">
              <button type="button" role="menuitem" onClick={() => onPick(item)}>
                {item}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
