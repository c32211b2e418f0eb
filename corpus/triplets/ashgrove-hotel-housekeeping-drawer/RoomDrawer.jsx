import { useRef } from "react";

const STATUSES = ["Dirty", "Cleaning", "Clean", "Inspected"];

export default function RoomDrawer({ room, onSave, onDiscard }) {
  const statusRef = useRef(null);
  const noteRef = useRef(null);

  function save(e) {
    e.preventDefault();
    onSave(room.number, statusRef.current.value, noteRef.current.value.trim());
  }

  return (
    <form className="side-drawer" role="dialog" aria-label={`Room ${room.number}`} onSubmit={save}>
      <h2>Room {room.number}</h2>
      <p className="room-type">
        {room.type} - {room.info}
      </p>
      <label htmlFor="room-status">Housekeeping status</label>
      <select id="room-status" ref={statusRef} defaultValue={room.status}>
        {STATUSES.map((s) => (
          <option key={s}>{s}</option>
        ))}
      </select>
      <textarea ref={noteRef} placeholder="Add a note for the next shift" defaultValue={room.note} rows={3} />
      <div className="drawer-buttons">
        <button type="button" onClick={onDiscard}>
          Discard
        </button>
        <button type="submit">Save status</button>
      </div>
    </form>
  );
}
