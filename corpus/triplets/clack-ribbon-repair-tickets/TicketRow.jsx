export default function TicketRow({ ticket }) {
  return (
    <li className="ticket">
      <strong className="ticket-number">{ticket.number}</strong>
      <span className="machine">{ticket.machine}</span>
      <span className="customer">{ticket.customer}</span>
      <em className="fault">{ticket.fault}</em>
      <span className="ticket-status">{ticket.status}</span>
    </li>
  );
}
