import { pounds } from "./quoteRules.js";

export default function QuoteTable({ quote }) {
  const rows = [
    ["Venue hire", pounds(quote.venue)],
    ["Per head", pounds(quote.head)],
    ["Wedding breakfast", pounds(quote.catering)],
    ["Evening buffet", pounds(quote.evening)],
    ["Service charge (12.5%)", pounds(quote.service)],
    ["Total", pounds(quote.total)],
    ["Deposit to book (25%)", pounds(quote.deposit)],
  ];
  return (
    <table className="quote">
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
