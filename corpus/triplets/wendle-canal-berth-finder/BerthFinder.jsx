import { useRef, useState } from "react";

const BERTHS = [
  { code: "WC-01", place: "Lock 12 Basin", maxFt: 70, electric: true, water: true, booked: false, night: 14 },
  { code: "WC-02", place: "Lock 12 Basin", maxFt: 57, electric: false, water: true, booked: true, night: 11 },
  { code: "WC-03", place: "Brindley Wharf", maxFt: 62, electric: true, water: false, booked: false, night: 12 },
  { code: "WC-04", place: "Brindley Wharf", maxFt: 45, electric: false, water: false, booked: false, night: 8 },
  { code: "WC-05", place: "Heron Cut", maxFt: 72, electric: false, water: true, booked: false, night: 10 },
  { code: "WC-06", place: "Heron Cut", maxFt: 60, electric: true, water: true, booked: false, night: 13 },
  { code: "WC-07", place: "Tunnel End", maxFt: 50, electric: true, water: true, booked: true, night: 12 },
  { code: "WC-08", place: "Tunnel End", maxFt: 66, electric: true, water: false, booked: false, night: 12 },
];

function services(b) {
  const list = [];
  if (b.electric) list.push("hook-up");
  if (b.water) list.push("water");
  return list.length ? list.join(", ") : "no services";
}

export default function BerthFinder({ berths = BERTHS }) {
  const lengthRef = useRef(null);
  const electricRef = useRef(null);
  const waterRef = useRef(null);
  const [criteria, setCriteria] = useState({ length: 0, electric: false, water: false });
  const [error, setError] = useState(null);

  function find() {
    const raw = lengthRef.current.value.trim();
    const len = raw === "" ? 0 : Number(raw);
    if (!(len >= 0) || Number.isNaN(len)) {
      setError("Enter the boat length in feet, e.g. 57");
      return;
    }
    setError(null);
    setCriteria({ length: len, electric: electricRef.current.checked, water: waterRef.current.checked });
  }

  const fits = berths.filter(
    (b) =>
      b.maxFt >= criteria.length &&
      (!criteria.electric || b.electric) &&
      (!criteria.water || b.water)
  );

  return (
    <div className="moorings">
      <h1>Wendle Canal Trust - visitor moorings</h1>
      <p className="intro">Short-stay berths, 48 hours maximum between March and October.</p>

      <div className="finder">
        <input ref={lengthRef} placeholder="Boat length (ft)" inputMode="numeric" defaultValue="" />
        <label>
          <input ref={electricRef} type="checkbox" /> Electric hook-up
        </label>
        <label>
          <input ref={waterRef} type="checkbox" /> Water point
        </label>
        <button type="button" onClick={find}>
          Find berths
        </button>
      </div>
      {error && <p className="error">{error}</p>}

      {fits.length === 0 ? (
        <p>No berth takes a boat that long. Try the Heron Cut winter moorings.</p>
      ) : (
        <ul className="berths">
          {fits.map((b) => (
            <li key={b.code}>
              <b className="berth-code">{b.code}</b> {b.place} - up to {b.maxFt} ft, {services(b)}, {"\u00a3"}
              {b.night}/night
              {b.booked && <em> Booked</em>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
