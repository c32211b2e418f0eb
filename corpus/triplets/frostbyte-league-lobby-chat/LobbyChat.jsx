import { useReducer, useState } from "react";
import { parseCommand } from "./commands.js";

const MATCH = { week: 6, home: "Ember Owls", away: "Glacier Nine", map: "Frostfall Keep" };

const START = [
  { id: 1, kind: "chat", from: "Vexa", team: "Ember Owls", text: "glhf" },
  { id: 2, kind: "chat", from: "Korrin", team: "Glacier Nine", text: "ready when you are" },
  { id: 3, kind: "chat", from: "Vexa", team: "Ember Owls", text: "pause after round 3 pls" },
];

const initialState = { lines: START, muted: [], nextId: 4 };

function reducer(state, action) {
  const id = state.nextId;
  switch (action.type) {
    case "say":
      return {
        ...state,
        lines: [...state.lines, { id, kind: "chat", from: "You", team: "Ember Owls", text: action.text }],
        nextId: id + 1,
      };
    case "system":
      return { ...state, lines: [...state.lines, { id, kind: "system", text: action.text }], nextId: id + 1 };
    case "mute":
      return {
        ...state,
        muted: [...state.muted, action.name],
        lines: [...state.lines, { id, kind: "system", text: action.name + " muted" }],
        nextId: id + 1,
      };
    case "unmute":
      return {
        ...state,
        muted: state.muted.filter((n) => n !== action.name),
        lines: [...state.lines, { id, kind: "system", text: action.name + " unmuted" }],
        nextId: id + 1,
      };
    default:
      return state;
  }
}

export default function LobbyChat({ match = MATCH }) {
  const [state, dispatch] = useReducer(reducer, initialState);
  const [draft, setDraft] = useState("");

  function submit() {
    const text = draft.trim();
    if (!text) return;
    const cmd = parseCommand(text);
    if (cmd) dispatch(cmd);
    else dispatch({ type: "say", text });
    setDraft("");
  }

  const visible = state.lines.filter((l) => l.kind === "system" || !state.muted.includes(l.from));

  return (
    <div className="lobby">
      <h1>
        Frostbyte League - Week {match.week}: {match.home} vs {match.away}
      </h1>
      <p className="map">Map: {match.map}</p>
      <ul className="log">
        {visible.map((l) =>
          l.kind === "system" ? (
            <li key={l.id} className="system">
              * {l.text}
            </li>
          ) : (
            <li key={l.id} className="line">
              <b>[{l.team}] {l.from}:</b> {l.text}
            </li>
          )
        )}
      </ul>
      <input
        placeholder="Say something or type /help"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") submit();
        }}
      />
      <p className="muted-list">Muted: {state.muted.length ? state.muted.join(", ") : "nobody"}</p>
    </div>
  );
}
