import { label } from "./studioRates.js";

export default function HourBlock({ hour, booked, selected, onToggle }) {
  let cls = "hour";
  if (booked) cls += " booked";
  if (selected) cls += " selected";
  return (
    <button className={cls} disabled={booked} aria-pressed={selected} onClick={onToggle}>
      {label(hour)}
    </button>
  );
}
