export default function GuestStepper({ label, hint, value, canLess, canMore, onLess, onMore }) {
  return (
    <div className="guest-stepper">
      <div>
        <strong>{label}</strong>
        {hint && <small> {hint}</small>}
      </div>
      <button aria-label={"Remove one: " + label} disabled={!canLess} onClick={onLess}>
        −
      </button>
      <span className="count">{value}</span>
      <button aria-label={"Add one: " + label} disabled={!canMore} onClick={onMore}>
        +
      </button>
    </div>
  );
}
