export default function Counter({ label, value, min, onChange }) {
  return (
    <div className="counter">
      <span className="counter-label">{label}</span>
      <button aria-label={"Fewer " + label.toLowerCase()} disabled={value <= min} onClick={() => onChange(value - 1)}>
        −
      </button>
      <span className="counter-value">{value}</span>
      <button aria-label={"More " + label.toLowerCase()} onClick={() => onChange(value + 1)}>
        +
      </button>
    </div>
  );
}
