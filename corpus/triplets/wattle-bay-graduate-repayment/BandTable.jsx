import { bandAmounts, dollars } from "./scheme.js";

export default function BandTable({ income }) {
  return (
    <table className="bands">
      <caption>How your repayment is worked out</caption>
      <thead>
        <tr>
          <th>Income band</th>
          <th>Rate</th>
          <th>Your income in band</th>
        </tr>
      </thead>
      <tbody>
        {bandAmounts(income).map((b) => (
          <tr key={b.from}>
            <td>{b.to === Infinity ? `over ${dollars(b.from)}` : `${dollars(b.from)} – ${dollars(b.to)}`}</td>
            <td>{Math.round(b.rate * 100)}%</td>
            <td>{dollars(b.slice)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
