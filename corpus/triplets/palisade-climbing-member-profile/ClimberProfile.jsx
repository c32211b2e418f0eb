import { useReducer } from "react";
import GradePicker from "./GradePicker.jsx";

const WALLS = ["The Prow", "Slab Alley", "Cave", "Competition wall"];
const SAVED = { nickname: "Jojo", grade: "6a+", wall: "Slab Alley", belay: false, cert: "" };

function reducer(state, action) {
  switch (action.type) {
    case "edit":
      return { ...state, draft: { ...state.draft, ...action.patch }, notice: "", error: "" };
    case "save": {
      const d = state.draft;
      if (!d.nickname.trim()) return { ...state, error: "Pick a nickname for the leaderboard" };
      if (d.belay && !/^BC-\d{4}$/.test(d.cert.trim()))
        return { ...state, error: "Belay certificate numbers look like BC-2048" };
      return { ...state, saved: d, notice: `Saved. ${d.nickname.trim()} now shows grade ${d.grade} on the leaderboard.` };
    }
    case "cancel":
      return { ...state, draft: state.saved, error: "", notice: "Changes discarded" };
    default:
      return state;
  }
}

export default function ClimberProfile() {
  const [state, dispatch] = useReducer(reducer, { saved: SAVED, draft: SAVED, notice: "", error: "" });
  const { draft } = state;
  const edit = (patch) => dispatch({ type: "edit", patch });

  return (
    <section className="climber-profile">
      <h1>Palisade Climbing Centre - my profile</h1>
      <p className="current">
        Leaderboard: {state.saved.nickname} - {state.saved.grade}
      </p>

      <label>
        Nickname
        <input value={draft.nickname} onChange={(e) => edit({ nickname: e.target.value })} />
      </label>

      <p className="grade-label">Hardest grade climbed</p>
      <GradePicker value={draft.grade} onPick={(grade) => edit({ grade })} />
      <p className="grade-current">Selected: {draft.grade}</p>

      <label>
        Favourite wall
        <select value={draft.wall} onChange={(e) => edit({ wall: e.target.value })}>
          {WALLS.map((w) => (
            <option key={w}>{w}</option>
          ))}
        </select>
      </label>

      <label>
        <input type="checkbox" checked={draft.belay} onChange={(e) => edit({ belay: e.target.checked })} />
        I hold a belay certificate
      </label>
      {draft.belay && (
        <label>
          Certificate number
          <input value={draft.cert} onChange={(e) => edit({ cert: e.target.value })} />
        </label>
      )}

      {state.error && <p className="error">{state.error}</p>}
      <div className="buttons">
        <button onClick={() => dispatch({ type: "save" })}>Save profile</button>
        <button onClick={() => dispatch({ type: "cancel" })}>Cancel</button>
      </div>
      {state.notice && <p className="notice">{state.notice}</p>}
    </section>
  );
}
