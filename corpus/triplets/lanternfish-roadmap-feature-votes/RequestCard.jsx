export default function RequestCard({ request, onUp, onDown }) {
  return (
    <li className="request">
      <div className="voter">
        <button aria-label={"Upvote " + request.title} aria-pressed={request.myVote === 1} onClick={onUp}>
          ▲
        </button>
        <span className="score">{request.score}</span>
        <button aria-label={"Downvote " + request.title} aria-pressed={request.myVote === -1} onClick={onDown}>
          ▼
        </button>
      </div>
      <div className="body">
        <h3>{request.title}</h3>
        <small>
          {request.id} - {request.status} - opened {request.opened}
        </small>
      </div>
    </li>
  );
}
