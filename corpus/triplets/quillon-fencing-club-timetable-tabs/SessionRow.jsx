export default function SessionRow({ session, booked, onBook }) {
  const full = session.places === 0;
  let label = "Book";
  if (booked) label = "Booked";
  else if (full) label = "Full";

  return (
    <li className="session">
      <span className="when">{session.when}</span>
      <strong className="what">{session.name}</strong>
      <span className="coach">Coach {session.coach}</span>
      <span className="places">
        {session.places === 1 ? "1 place left" : `${session.places} places left`}
      </span>
      <button type="button" disabled={full || booked} onClick={() => onBook(session.id)}>
        {label}
      </button>
    </li>
  );
}
