import useSortedList from "./useSortedList.js";

const PARCELS = [
  { ref: "P-4401", gem: "Sapphire", origin: "Sri Lanka", carats: 12.4, perCarat: 310, received: "2024-11-02" },
  { ref: "P-4402", gem: "Tourmaline", origin: "Brazil", carats: 31.0, perCarat: 85, received: "2024-10-18" },
  { ref: "P-4407", gem: "Spinel", origin: "Tanzania", carats: 6.8, perCarat: 420, received: "2024-11-20" },
  { ref: "P-4410", gem: "Aquamarine", origin: "Madagascar", carats: 48.2, perCarat: 60, received: "2024-09-30" },
  { ref: "P-4413", gem: "Tsavorite garnet", origin: "Kenya", carats: 9.1, perCarat: 250, received: "2024-11-11" },
  { ref: "P-4415", gem: "Emerald", origin: "Colombia", carats: 4.3, perCarat: 980, received: "2024-10-05" },
  { ref: "P-4419", gem: "Peridot", origin: "Pakistan", carats: 22.7, perCarat: 45, received: "2024-11-25" },
];

const COMPARE = {
  carats: (a, b) => b.carats - a.carats,
  perCarat: (a, b) => b.perCarat - a.perCarat,
  origin: (a, b) => a.origin.localeCompare(b.origin),
  received: (a, b) => b.received.localeCompare(a.received),
};

const LABELS = {
  carats: "Carats (heaviest first)",
  perCarat: "Price per carat",
  origin: "Origin A-Z",
  received: "Received (newest first)",
};

function dollars(n) {
  return "$" + Math.round(n).toLocaleString("en-US");
}

export default function ParcelSort({ parcels = PARCELS }) {
  const { sorted, key, setKey, reversed, toggleReversed } = useSortedList(parcels, COMPARE, "carats");

  return (
    <div className="bench">
      <h1>Facet &amp; Loupe - rough in the safe</h1>

      <div className="controls">
        <select aria-label="Order parcels" value={key} onChange={(e) => setKey(e.target.value)}>
          {Object.keys(LABELS).map((k) => (
            <option key={k} value={k}>
              {LABELS[k]}
            </option>
          ))}
        </select>
        <label>
          <input type="checkbox" checked={reversed} onChange={toggleReversed} />
          Reverse
        </label>
      </div>

      <table className="parcels">
        <thead>
          <tr>
            <th>Parcel</th>
            <th>Stone</th>
            <th>Origin</th>
            <th>Weight</th>
            <th>Per carat</th>
            <th>Parcel value</th>
            <th>Received</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((p) => (
            <tr key={p.ref}>
              <td>{p.ref}</td>
              <td className="gem">{p.gem}</td>
              <td>{p.origin}</td>
              <td>{p.carats.toFixed(1)} ct</td>
              <td>{dollars(p.perCarat)}</td>
              <td>{dollars(p.carats * p.perCarat)}</td>
              <td>{p.received}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="insurance">Safe contents insured to $60,000. Log every parcel you take to the wheel.</p>
    </div>
  );
}
