import { useState } from "react";
import TicketList from "./TicketList.jsx";
import { MAX_PER_CPF, ROWS, SEATS, SOLD, orderTotals, reais } from "./ingressos.js";

export default function BleacherSeats({ match = "Guará FC x Atlético Serrano", kickoff = "Dom 14/09 · 16h00" }) {
  const [selection, setSelection] = useState([]);
  const [warning, setWarning] = useState("");

  function toggle(seat) {
    const exists = selection.some((t) => t.seat === seat);
    if (exists) {
      setSelection(selection.filter((t) => t.seat !== seat));
      setWarning("");
      return;
    }
    if (selection.length >= MAX_PER_CPF) {
      setWarning(`Máximo de ${MAX_PER_CPF} ingressos por CPF`);
      return;
    }
    setSelection([...selection, { seat, type: "inteira" }]);
  }

  const setType = (seat, type) => setSelection(selection.map((t) => (t.seat === seat ? { ...t, type } : t)));
  const t = orderTotals(selection);
  const hasMeia = selection.some((s) => s.type === "meia");

  return (
    <div className="bleacher">
      <h1>Arena Guará · Setor Leste</h1>
      <p>
        {match} · {kickoff}
      </p>
      <p className="prices">Filas A–B: R$ 180,00 · Filas C–E: R$ 120,00</p>

      <div className="block">
        {ROWS.map((row) => (
          <div className="fila" key={row}>
            <span className="fila-letra">{row}</span>
            {Array.from({ length: SEATS }, (_, i) => {
              const seat = row + (i + 1);
              const picked = selection.some((s) => s.seat === seat);
              return (
                <button
                  key={seat}
                  title={`Fila ${row} · ${i + 1}`}
                  className={picked ? "assento marcado" : "assento"}
                  disabled={SOLD.includes(seat)}
                  onClick={() => toggle(seat)}
                >
                  {i + 1}
                </button>
              );
            })}
          </div>
        ))}
      </div>
      {warning && <p className="aviso">{warning}</p>}

      <h2>Seus ingressos</h2>
      <TicketList selection={selection} onType={setType} />
      {hasMeia && <p className="meia-nota">Meia-entrada: apresente documento na entrada</p>}

      <dl className="resumo">
        <dt>Subtotal</dt>
        <dd className="subtotal">{reais(t.subtotal)}</dd>
        <dt>Taxa de conveniência (10%)</dt>
        <dd className="taxa">{reais(t.fee)}</dd>
        <dt>Total</dt>
        <dd className="total">{reais(t.total)}</dd>
      </dl>
    </div>
  );
}
