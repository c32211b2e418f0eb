// Keyboard-only spin control: ArrowUp/ArrowDown +-1, PageUp/PageDown +-5, Home = 0.
export default function TinSpinner({ label, value, onChange, max = 40 }) {
  function onKeyDown(e) {
    const steps = { ArrowUp: 1, ArrowDown: -1, PageUp: 5, PageDown: -5 };
    if (e.key in steps) {
      e.preventDefault();
      onChange(Math.min(max, Math.max(0, value + steps[e.key])));
    } else if (e.key === "Home") {
      e.preventDefault();
      onChange(0);
    }
  }

  return (
    <div className="tin-row">
      <span className="tin-label">{label}</span>
      <div
        role="spinbutton"
        tabIndex={0}
        aria-label={label}
        aria-valuenow={value}
        aria-valuemin={0}
        aria-valuemax={max}
        className="spinner"
        onKeyDown={onKeyDown}
      >
        {value}
      </div>
    </div>
  );
}
