import { useRef } from "react";

const STARS = [1, 2, 3, 4, 5];

export default function StarRow({ value, onChange }) {
  const refs = useRef([]);

  function move(to) {
    const next = Math.min(5, Math.max(1, to));
    onChange(next);
    refs.current[next - 1]?.focus();
  }

  function onKeyDown(e) {
    if (e.key === "ArrowRight" || e.key === "ArrowUp") {
      e.preventDefault();
      move((value || 0) + 1);
    } else if (e.key === "ArrowLeft" || e.key === "ArrowDown") {
      e.preventDefault();
      move((value || 1) - 1);
    }
  }

  return (
    <div className="stars" onKeyDown={onKeyDown}>
      {STARS.map((n) => (
        <button
          key={n}
          type="button"
          ref={(el) => (refs.current[n - 1] = el)}
          aria-label={"Rate " + n + " out of 5"}
          aria-pressed={n <= value}
          tabIndex={n === (value || 1) ? 0 : -1}
          onClick={() => onChange(n)}
        >
          {n <= value ? "★" : "☆"}
        </button>
      ))}
    </div>
  );
}
