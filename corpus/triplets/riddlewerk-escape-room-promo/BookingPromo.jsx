import { useState } from "react";
import { GROUP_PRICE, ROOMS, checkPromo, chf, promoDiscount } from "./roomPrices.js";

export default function BookingPromo({ slot = "Sa 21.06.2025, 16:30" }) {
  const [room, setRoom] = useState(ROOMS[0]);
  const [players, setPlayers] = useState(4);
  const [team, setTeam] = useState("");
  const [codeText, setCodeText] = useState("");
  const [code, setCode] = useState(null);
  const [error, setError] = useState("");
  const [booked, setBooked] = useState(false);

  function pickPlayers(n) {
    setPlayers(n);
    setBooked(false);
    if (code && checkPromo(code, n)) {
      setError(checkPromo(code, n));
      setCode(null);
    }
  }

  function apply() {
    const c = codeText.trim().toUpperCase();
    const problem = checkPromo(c, players);
    if (problem) {
      setError(problem);
      return;
    }
    setCode(c);
    setError("");
  }

  const price = GROUP_PRICE[players];
  const off = code ? promoDiscount(code, players) : 0;

  return (
    <div className="booking">
      <h1>Riddlewerk Escape Rooms Zürich</h1>
      <p className="slot">{slot}</p>

      <label htmlFor="room">Room</label>
      <select id="room" value={room} onChange={(e) => setRoom(e.target.value)}>
        {ROOMS.map((r) => (
          <option key={r}>{r}</option>
        ))}
      </select>

      <p>Players</p>
      <div className="players">
        {Object.keys(GROUP_PRICE).map((k) => {
          const n = Number(k);
          return (
            <button key={n} aria-pressed={players === n} onClick={() => pickPlayers(n)}>
              {n}
            </button>
          );
        })}
      </div>

      <input placeholder="Team name" value={team} onChange={(e) => setTeam(e.target.value)} />

      <div className="promo">
        <input placeholder="Promo code" value={codeText} onChange={(e) => setCodeText(e.target.value)} />
        <button onClick={apply}>Apply code</button>
      </div>
      {error && <p className="error">{error}</p>}

      <div className="price">
        <p>
          Group price ({players} players): <span className="group-price">{chf(price)}</span>
        </p>
        {off > 0 && (
          <p>
            {code}: <span className="off">-{chf(off)}</span>
          </p>
        )}
        <p>
          Total: <strong className="total">{chf(price - off)}</strong>
        </p>
      </div>

      <button onClick={() => setBooked(true)} disabled={!team.trim()}>
        Book {room}
      </button>
      {booked && (
        <p role="status">
          {team.trim()} is booked into {room} – {chf(price - off)}
        </p>
      )}
    </div>
  );
}
