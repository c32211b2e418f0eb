import { reais, ticketPrice } from "./ingressos.js";

export default function TicketList({ selection, onType }) {
  if (selection.length === 0) return <p className="empty">Nenhum assento selecionado</p>;
  return (
    <ul className="tickets">
      {selection.map((t) => (
        <li key={t.seat}>
          <span>
            Fila {t.seat[0]} · {t.seat.slice(1)}
          </span>
          <select aria-label={"Ingresso " + t.seat} value={t.type} onChange={(e) => onType(t.seat, e.target.value)}>
            <option value="inteira">Inteira</option>
            <option value="meia">Meia-entrada</option>
          </select>
          <span className="price">{reais(ticketPrice(t.seat, t.type))}</span>
        </li>
      ))}
    </ul>
  );
}
