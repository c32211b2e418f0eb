export default function QuoteLine({ label, cents, id, negative }) {
  return (
    <div className="quote-line">
      <span>{label}</span>
      <span data-testid={id}>
        {negative ? "-" : ""}
        {"$" + (cents / 100).toFixed(2)}
      </span>
    </div>
  );
}
