import { useState } from "react";
import Pager from "./Pager.jsx";
import usePagination from "./usePagination.js";

const ROOMS = ["The Vault", "Pharaoh's Tomb", "Submarine 9"];

const BOOKINGS = [
  { ref: "LW-5501", room: "The Vault", lead: "Hannah Birch", players: 4, slot: "Fri 18:00" },
  { ref: "LW-5502", room: "Submarine 9", lead: "Olu Adeyemi", players: 6, slot: "Fri 18:30" },
  { ref: "LW-5503", room: "Pharaoh's Tomb", lead: "Carys Price", players: 3, slot: "Fri 19:00" },
  { ref: "LW-5504", room: "The Vault", lead: "Marek Nowak", players: 5, slot: "Fri 20:00" },
  { ref: "LW-5505", room: "Pharaoh's Tomb", lead: "Jade Li", players: 2, slot: "Sat 10:00" },
  { ref: "LW-5506", room: "The Vault", lead: "Sam Oduya", players: 6, slot: "Sat 11:00" },
  { ref: "LW-5507", room: "Submarine 9", lead: "Ruth Engel", players: 4, slot: "Sat 12:30" },
  { ref: "LW-5508", room: "The Vault", lead: "Theo Grant", players: 3, slot: "Sat 14:00" },
  { ref: "LW-5509", room: "Pharaoh's Tomb", lead: "Ines Duarte", players: 5, slot: "Sat 15:00" },
  { ref: "LW-5510", room: "Submarine 9", lead: "Femi Cole", players: 6, slot: "Sat 16:30" },
  { ref: "LW-5511", room: "The Vault", lead: "Nadia Haddad", players: 4, slot: "Sat 18:00" },
  { ref: "LW-5512", room: "Pharaoh's Tomb", lead: "Will Tran", players: 2, slot: "Sun 11:00" },
];

export default function BookingTable({ bookings = BOOKINGS, perPage = 5 }) {
  const [room, setRoom] = useState("all");
  const shown = room === "all" ? bookings : bookings.filter((b) => b.room === room);
  const pager = usePagination(shown, perPage);

  function changeRoom(e) {
    setRoom(e.target.value);
    pager.reset();
  }

  return (
    <section className="bookings">
      <h1>Lockwise Escape Rooms - weekend bookings</h1>

      <label htmlFor="room">Room</label>
      <select id="room" data-testid="room-filter" value={room} onChange={changeRoom}>
        <option value="all">All rooms</option>
        {ROOMS.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      <span data-testid="booking-total">{shown.length} bookings</span>

      <table>
        <thead>
          <tr>
            <th>Ref</th>
            <th>Room</th>
            <th>Lead</th>
            <th>Players</th>
            <th>Slot</th>
          </tr>
        </thead>
        <tbody>
          {pager.pageItems.map((b) => (
            <tr key={b.ref} data-testid="booking-row">
              <td>{b.ref}</td>
              <td>{b.room}</td>
              <td>{b.lead}</td>
              <td>{b.players}</td>
              <td>{b.slot}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <Pager pager={pager} />
      <p className="staff-note">Game masters: reset the props 15 minutes before each slot.</p>
    </section>
  );
}
