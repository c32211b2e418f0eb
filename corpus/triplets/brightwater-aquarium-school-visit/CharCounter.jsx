export default function CharCounter({ field }) {
  return (
    <span className="char-counter" aria-live="polite">
      {field.length}/{field.max}
      {field.full ? " - limit reached" : ""}
    </span>
  );
}
