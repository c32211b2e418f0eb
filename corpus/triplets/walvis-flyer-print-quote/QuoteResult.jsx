import { euro } from "./tarief.js";

export default function QuoteResult({ quote, qty, format }) {
  return (
    <section className="offerte" aria-live="polite">
      <h2>
        Offerte: {qty} flyers {format}
      </h2>
      <dl>
        <dt>Drukwerk</dt>
        <dd className="print">{euro(quote.print)}</dd>
        <dt>Excl. btw</dt>
        <dd className="net">{euro(quote.net)}</dd>
        <dt>Btw 21%</dt>
        <dd className="vat">{euro(quote.vat)}</dd>
        <dt>Totaal</dt>
        <dd className="total">{euro(quote.total)}</dd>
      </dl>
    </section>
  );
}
