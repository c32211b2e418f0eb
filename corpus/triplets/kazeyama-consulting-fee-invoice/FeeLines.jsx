import { yen } from "./tax.js";

export default function FeeLines({ fees, onHours }) {
  return (
    <table className="fees">
      <caption>Consulting fees</caption>
      <thead>
        <tr>
          <th>Work</th>
          <th>Date</th>
          <th>Hours</th>
          <th>Amount</th>
        </tr>
      </thead>
      <tbody>
        {fees.map((f) => (
          <tr key={f.id}>
            <td>{f.work}</td>
            <td>{f.date}</td>
            <td>
              <input
                type="number"
                step="0.5"
                min="0"
                aria-label={"Hours for " + f.work}
                value={f.hours}
                onChange={(e) => onHours(f.id, Math.max(0, Number(e.target.value) || 0))}
              />
            </td>
            <td>{yen(f.hours * f.rate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
