import { useState } from "react";
import LineRow from "./LineRow.jsx";
import { euros, totals } from "./tarifs.js";

const LINES = [
  { id: "cgv", doc: "Conditions générales de vente", pair: "fr-en", words: 1250, urgent: false },
  { id: "fiche", doc: "Fiche produit Lampe Opaline", pair: "fr-de", words: 420, urgent: false },
  { id: "menu", doc: "Menu du restaurant Le Cèdre", pair: "fr-ja", words: 180, urgent: false },
];

const CONDITIONS = [
  "Paiement à 30 jours fin de mois",
  "Pénalités de retard : 3 fois le taux d'intérêt légal",
  "Indemnité forfaitaire pour frais de recouvrement : 40,00 €",
];

export default function WordInvoice({ client = "Maison Lumière SARL", invoiceRef = "FAC-2025-0193" }) {
  const [lines, setLines] = useState(LINES);
  const [issued, setIssued] = useState(false);
  const t = totals(lines);

  const update = (next) => {
    setIssued(false);
    setLines((ls) => ls.map((l) => (l.id === next.id ? next : l)));
  };

  return (
    <section className="facture">
      <h1>Babel &amp; Co. Traductions</h1>
      <p>
        Facture {invoiceRef} · Client : {client}
      </p>
      <p className="note">Tarif au mot source. Minimum de facturation : 45,00 € HT par document.</p>

      <table>
        <thead>
          <tr>
            <th>Document</th>
            <th>Langues</th>
            <th>Mots</th>
            <th>Délai</th>
            <th>Montant HT</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <LineRow key={l.id} line={l} onChange={update} />
          ))}
        </tbody>
      </table>

      <dl className="totaux">
        <dt>Total HT</dt>
        <dd id="total-ht">{euros(t.ht)}</dd>
        <dt>TVA 20 %</dt>
        <dd id="tva">{euros(t.tva)}</dd>
        <dt>Total TTC</dt>
        <dd id="total-ttc">{euros(t.ttc)}</dd>
      </dl>

      <section className="conditions">
        <h2>Conditions de paiement</h2>
        <ul>
          {CONDITIONS.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        <p>IBAN FR76 3000 4000 0312 3456 7890 143 · BIC BNPAFRPPXXX</p>
      </section>

      <button onClick={() => setIssued(true)}>Émettre la facture</button>
      {issued && <p role="status">Facture {invoiceRef} émise : {euros(t.ttc)} TTC</p>}
    </section>
  );
}
