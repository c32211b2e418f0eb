export default function Section({ id, title, done, open, onHeader, children }) {
  return (
    <section className={open ? "claim-section open" : "claim-section"}>
      <h2>
        <button type="button" aria-expanded={open} aria-controls={id} id={id + "-head"} onClick={onHeader}>
          {title}
          {done && <span className="tick"> - done</span>}
        </button>
      </h2>
      {open && (
        <div id={id} role="region" aria-labelledby={id + "-head"}>
          {children}
        </div>
      )}
    </section>
  );
}
