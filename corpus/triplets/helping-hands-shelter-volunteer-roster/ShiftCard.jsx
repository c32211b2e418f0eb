import { useContext } from "react";
import { VolunteerContext } from "./volunteer.js";

export default function ShiftCard({ shift, onJoin, onLeave }) {
  const me = useContext(VolunteerContext);
  const mine = shift.names.includes(me);
  const full = shift.names.length >= shift.needed;

  return (
    <article className="shift" aria-label={shift.role + " " + shift.day}>
      <h3>
        {shift.role} - {shift.day}, {shift.time}
      </h3>
      <p className="filled">
        {shift.names.length} of {shift.needed} filled
        {shift.names.length > 0 && ": " + shift.names.join(", ")}
      </p>
      {mine ? (
        <button onClick={onLeave}>Drop this shift</button>
      ) : full ? (
        <span className="full">Full</span>
      ) : (
        <button onClick={onJoin}>Sign me up</button>
      )}
    </article>
  );
}
