import { useReducer } from "react";
import RequestCard from "./RequestCard.jsx";

const REQUESTS = [
  { id: "FR-12", title: "Offline mode for the mobile app", base: 128, status: "Planned", opened: "2025-01-10" },
  { id: "FR-31", title: "Export boards to CSV", base: 96, status: "Under review", opened: "2025-03-02" },
  { id: "FR-27", title: "Dark mode for dashboards", base: 97, status: "Under review", opened: "2025-02-14" },
  { id: "FR-40", title: "SAML single sign-on", base: 40, status: "Needs votes", opened: "2025-03-20" },
];

const STATUSES = ["All statuses", "Planned", "Under review", "Needs votes"];

const initialState = { votes: {}, sort: "top", status: "All statuses" };

function reducer(state, action) {
  switch (action.type) {
    case "vote": {
      const current = state.votes[action.id] || 0;
      const next = current === action.dir ? 0 : action.dir;
      return { ...state, votes: { ...state.votes, [action.id]: next } };
    }
    case "sort":
      return { ...state, sort: action.sort };
    case "status":
      return { ...state, status: action.status };
    default:
      return state;
  }
}

function withScores(requests, votes) {
  return requests.map((r) => ({ ...r, myVote: votes[r.id] || 0, score: r.base + (votes[r.id] || 0) }));
}

export default function RoadmapVotes({ requests = REQUESTS }) {
  const [state, dispatch] = useReducer(reducer, initialState);
  const scored = withScores(requests, state.votes).filter(
    (r) => state.status === "All statuses" || r.status === state.status
  );
  const sorted = [...scored].sort((a, b) =>
    state.sort === "top" ? b.score - a.score : b.opened.localeCompare(a.opened)
  );
  const myCount = Object.values(state.votes).filter((v) => v !== 0).length;

  return (
    <div className="roadmap">
      <header>
        <h1>Lanternfish public roadmap</h1>
        <p>Vote on what we build next. One vote per request - click again to take it back.</p>
      </header>

      <div className="sort-tabs" role="group" aria-label="Sort requests">
        <button aria-pressed={state.sort === "top"} onClick={() => dispatch({ type: "sort", sort: "top" })}>
          Top
        </button>
        <button aria-pressed={state.sort === "new"} onClick={() => dispatch({ type: "sort", sort: "new" })}>
          New
        </button>
      </div>

      <label htmlFor="status">Status</label>
      <select id="status" value={state.status} onChange={(e) => dispatch({ type: "status", status: e.target.value })}>
        {STATUSES.map((s) => (
          <option key={s}>{s}</option>
        ))}
      </select>

      <ol className="requests">
        {sorted.map((r) => (
          <RequestCard
            key={r.id}
            request={r}
            onUp={() => dispatch({ type: "vote", id: r.id, dir: 1 })}
            onDown={() => dispatch({ type: "vote", id: r.id, dir: -1 })}
          />
        ))}
      </ol>

      <p className="my-votes">
        You have voted on <span>{myCount}</span> of {requests.length} requests
      </p>
    </div>
  );
}
