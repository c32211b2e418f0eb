import { useReducer, useState } from "react";
import ConfirmDialog from "./ConfirmDialog.jsx";

const CONCERT = "Friday 14 March - Brahms 2";

const PLAYERS = [
  { id: "p1", name: "Ines Bauer", part: "Viola" },
  { id: "p2", name: "Tomasz Wolny", part: "Cello" },
  { id: "p3", name: "Mireille Okafor", part: "First violin" },
  { id: "p4", name: "Anders Lund", part: "Horn" },
  { id: "p5", name: "Priya Raman", part: "Oboe" },
  { id: "p6", name: "Colm Devlin", part: "Timpani" },
];

function rotaReducer(state, action) {
  switch (action.type) {
    case "ask":
      return { ...state, pendingId: action.id };
    case "cancel":
      return { ...state, pendingId: null };
    case "confirm": {
      const gone = state.players.find((p) => p.id === state.pendingId);
      return {
        players: state.players.filter((p) => p.id !== state.pendingId),
        pendingId: null,
        lastRemoved: gone ? gone.name : state.lastRemoved,
      };
    }
    default:
      return state;
  }
}

export default function OrchestraRota({ players = PLAYERS, concert = CONCERT }) {
  const [state, dispatch] = useReducer(rotaReducer, { players, pendingId: null, lastRemoved: "" });
  const [showParts, setShowParts] = useState(true);
  const pending = state.players.find((p) => p.id === state.pendingId);

  return (
    <main className="rota">
      <header>
        <h1>Quillmere Sinfonia rota</h1>
        <p className="concert">{concert}</p>
        <span className="rota-count">{state.players.length} players on rota</span>
      </header>

      <label>
        <input type="checkbox" checked={showParts} onChange={() => setShowParts(!showParts)} />
        Show instrument
      </label>

      <ul className="rota-list">
        {state.players.map((p) => (
          <li key={p.id}>
            <span className="player-name">{p.name}</span>
            {showParts && <span className="player-part"> - {p.part}</span>}
            <button type="button" onClick={() => dispatch({ type: "ask", id: p.id })}>
              Remove
            </button>
          </li>
        ))}
      </ul>

      {state.players.length === 0 && <p>Nobody is booked for this concert yet.</p>}

      {state.lastRemoved && (
        <p role="status">{state.lastRemoved} removed from the rota</p>
      )}

      {pending && (
        <ConfirmDialog
          title="Remove from rota?"
          confirmLabel="Remove player"
          cancelLabel="Keep on rota"
          onConfirm={() => dispatch({ type: "confirm" })}
          onCancel={() => dispatch({ type: "cancel" })}
        >
          {pending.name} ({pending.part}) will be taken off {concert}.
        </ConfirmDialog>
      )}
    </main>
  );
}
