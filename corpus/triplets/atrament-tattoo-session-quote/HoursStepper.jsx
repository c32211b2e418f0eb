import { useQuote } from "./quoteContext.jsx";
import { hoursLabel } from "./pricing.js";

export const MIN_HOURS = 1;
export const MAX_HOURS = 8;

export default function HoursStepper() {
  const { hours, setHours } = useQuote();
  return (
    <div className="hours">
      <span>Estimated time</span>
      <button
        type="button"
        aria-label="Less time"
        disabled={hours <= MIN_HOURS}
        onClick={() => setHours((h) => Math.max(MIN_HOURS, h - 0.5))}
      >
        −
      </button>
      <span className="hours-value">{hoursLabel(hours)}</span>
      <button
        type="button"
        aria-label="More time"
        disabled={hours >= MAX_HOURS}
        onClick={() => setHours((h) => Math.min(MAX_HOURS, h + 0.5))}
      >
        +
      </button>
    </div>
  );
}
