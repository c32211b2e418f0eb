import { useMemo, useState } from "react";
import ResultPanel from "./ResultPanel.jsx";
import { SPESE_ISTRUTTORIA, TAN, anticipoMinimo, euro, piano } from "./finance.js";

const DURATE = [24, 36, 48, 60];
const DOCUMENTI = ["Carta d'identità", "Codice fiscale", "Ultime due buste paga o modello 730", "IBAN per l'addebito"];

export default function AutoFinance({ modello = "Fiat 600 Hybrid La Prima", prezzoListino = 24500 }) {
  const [prezzo, setPrezzo] = useState(String(prezzoListino));
  const [anticipo, setAnticipo] = useState("4500");
  const [mesi, setMesi] = useState(48);
  const [richiesta, setRichiesta] = useState(false);

  const p = Number(prezzo);
  const a = Number(anticipo);
  const minimo = anticipoMinimo(p);
  const errore = !(p > 0)
    ? "Inserisci il prezzo del veicolo"
    : a < minimo
      ? `L'anticipo minimo è il 10% del prezzo (${euro(minimo)})`
      : "";

  const risultato = useMemo(() => (errore ? null : piano({ prezzo: p, anticipo: a, mesi })), [errore, p, a, mesi]);

  return (
    <main className="finanziamento">
      <h1>Autosalone Brera · calcola la rata</h1>
      <p className="modello">{modello}</p>

      <div className="campo">
        <label htmlFor="prezzo">Prezzo del veicolo (€)</label>
        <input id="prezzo" inputMode="numeric" value={prezzo} onChange={(e) => setPrezzo(e.target.value)} />
      </div>
      <div className="campo">
        <label htmlFor="anticipo">Anticipo (€)</label>
        <input id="anticipo" inputMode="numeric" value={anticipo} onChange={(e) => setAnticipo(e.target.value)} />
      </div>
      <div className="campo">
        <label htmlFor="durata">Durata</label>
        <select id="durata" value={mesi} onChange={(e) => setMesi(Number(e.target.value))}>
          {DURATE.map((d) => (
            <option key={d} value={d}>
              {d} mesi
            </option>
          ))}
        </select>
      </div>
      <p className="condizioni">
        TAN fisso {String(TAN.toFixed(2)).replace(".", ",")}% · spese di istruttoria {euro(SPESE_ISTRUTTORIA)} incluse
        nel finanziamento
      </p>

      {errore ? (
        <p className="errore" role="alert">
          {errore}
        </p>
      ) : (
        <ResultPanel piano={risultato} mesi={mesi} />
      )}

      <section className="documenti">
        <h3>Documenti necessari</h3>
        <ul>
          {DOCUMENTI.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      </section>

      <button type="button" disabled={Boolean(errore)} onClick={() => setRichiesta(true)}>
        Richiedi una consulenza
      </button>
      {richiesta && <p role="status">Un consulente di Autosalone Brera ti richiamerà entro 24 ore.</p>}
      <p className="legale">Messaggio pubblicitario con finalità promozionale. Salvo approvazione della finanziaria.</p>
      <address className="sede">
        Autosalone Brera · Via Solferino 21, 20121 Milano
        <br />
        Lun–Sab 9:00–19:00 · tel. 02 4000 1234
      </address>
    </main>
  );
}
