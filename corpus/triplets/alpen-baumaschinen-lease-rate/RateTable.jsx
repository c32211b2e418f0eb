import { chf } from "./leasing.js";

export default function RateTable({ result, months }) {
  return (
    <table className="rate-table">
      <tbody>
        <tr>
          <th>Leasing rate</th>
          <td>{chf(result.rate)}</td>
        </tr>
        {result.insurance > 0 && (
          <tr>
            <th>Breakdown insurance</th>
            <td>{chf(result.insurance)}</td>
          </tr>
        )}
        <tr>
          <th>MWST 8.1 %</th>
          <td>{chf(result.vat)}</td>
        </tr>
        <tr className="sum">
          <th>Monthly total</th>
          <td>{chf(result.total)}</td>
        </tr>
        <tr>
          <th>Residual value after {months} months</th>
          <td>{chf(result.residual)}</td>
        </tr>
      </tbody>
    </table>
  );
}
