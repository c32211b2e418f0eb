import { euro } from "./finance.js";

export default function ResultPanel({ piano, mesi }) {
  return (
    <section className="risultato">
      <h2>La tua rata</h2>
      <p className="rata">
        <strong>{euro(piano.rata)}</strong> al mese per {mesi} mesi
      </p>
      <dl>
        <dt>Importo finanziato</dt>
        <dd className="finanziato">{euro(piano.finanziato)}</dd>
        <dt>Totale interessi</dt>
        <dd className="interessi">{euro(piano.interessi)}</dd>
        <dt>Totale dovuto</dt>
        <dd className="totale">{euro(piano.totale)}</dd>
      </dl>
    </section>
  );
}
