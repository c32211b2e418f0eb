import { useAccessibility, previewSize } from "./useAccessibility.js";

const OPTIONS = [
  { key: "largeText", label: "Large text", help: "Timetables and tickets in bigger type" },
  { key: "highContrast", label: "High contrast", help: "Dark background on the boarding pass" },
  { key: "reduceMotion", label: "Reduce motion", help: "No sliding maps on the route view" },
  { key: "announceStops", label: "Announce stops", help: "Read out each pier before arrival" },
];

function Toggle({ label, on, onFlip }) {
  function onKeyDown(e) {
    if (e.key === " " || e.key === "Enter") {
      e.preventDefault();
      onFlip();
    }
  }
  return (
    <div
      role="switch"
      tabIndex={0}
      aria-label={label}
      aria-checked={on}
      className={on ? "toggle toggle-on" : "toggle"}
      onClick={onFlip}
      onKeyDown={onKeyDown}
    >
      <span className="toggle-text">{on ? "On" : "Off"}</span>
    </div>
  );
}

const ASSISTANCE = [
  { title: "Wheelchair space", detail: "Two bays on the car deck lift, book 24 h ahead" },
  { title: "Boarding help", detail: "Crew meet you at the pier kiosk 20 min before sailing" },
  { title: "Hearing loop", detail: "Passenger lounge and ticket office" },
];

function AssistanceInfo() {
  return (
    <section className="assistance">
      <h2>Help on board</h2>
      <dl>
        {ASSISTANCE.map((a) => (
          <div key={a.title}>
            <dt>{a.title}</dt>
            <dd>{a.detail}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export default function AccessibilityOptions({ passenger = "M. Achterberg", route = "Tidewell - Kessock Pier" }) {
  const { settings, toggle, restore, activeCount } = useAccessibility();
  const size = previewSize(settings);

  return (
    <section className={settings.highContrast ? "a11y contrast" : "a11y"}>
      <h1>Accessibility</h1>
      <p>
        Signed in as {passenger}. Usual route: {route}
      </p>

      <ul className="options">
        {OPTIONS.map((o) => (
          <li key={o.key}>
            <div>
              <strong>{o.label}</strong>
              <p>{o.help}</p>
            </div>
            <Toggle label={o.label} on={settings[o.key]} onFlip={() => toggle(o.key)} />
          </li>
        ))}
      </ul>

      <div className="preview" aria-label="Ticket preview">
        <p style={{ fontSize: size }}>Sailing 08:40 · Pier 2 · Seat 14C</p>
        <p className="preview-size">Text size: {size} px</p>
      </div>

      <p className="active">
        {activeCount === 0 ? "No options on" : activeCount + " of " + OPTIONS.length + " options on"}
      </p>

      <AssistanceInfo />

      <button type="button" onClick={restore}>
        Restore defaults
      </button>
    </section>
  );
}
