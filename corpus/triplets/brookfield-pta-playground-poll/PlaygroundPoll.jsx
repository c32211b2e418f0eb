import { usePoll } from "./usePoll.js";
import ResultBar from "./ResultBar.jsx";

const POLL = {
  question: "How should we spend the £2,400 playground fund?",
  closes: "Fri 28 March",
  fund: "£2,400",
  options: [
    { id: "shade", label: "Shade sails over the sandpit", votes: 41, quote: "£2,350", supplier: "Canopy & Co" },
    { id: "wall", label: "Low climbing wall", votes: 27, quote: "£2,400", supplier: "Grip Play Ltd" },
    { id: "library", label: "Outdoor book hut", votes: 12, quote: "£1,900", supplier: "Hollins Joinery" },
  ],
};

export default function PlaygroundPoll({ poll = POLL, parent = "Parent of Year 2 (Oak class)" }) {
  const { options, total, myVote, error, vote, percent, leader } = usePoll(poll.options);

  function handleSubmit(e) {
    e.preventDefault();
    const choice = new FormData(e.currentTarget).get("option");
    vote(choice);
  }

  return (
    <div className="pta-poll">
      <p className="org">Brookfield Primary PTA</p>
      <h1>{poll.question}</h1>
      <p className="closes">Voting closes {poll.closes}</p>
      <details className="why">
        <summary>Why are we asking?</summary>
        <p>
          The summer fair raised {poll.fund}. The PTA committee will order the option with the most votes once voting
          closes; the runner-up goes on next year's list.
        </p>
      </details>

      <table className="quotes">
        <caption>Supplier quotes</caption>
        <tbody>
          {poll.options.map((o) => (
            <tr key={o.id}>
              <td>{o.label}</td>
              <td>{o.supplier}</td>
              <td>{o.quote}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {myVote ? (
        <section className="results" aria-label="Results">
          <p className="you-voted">You voted: {options.find((o) => o.id === myVote).label}</p>
          {options.map((o) => (
            <ResultBar key={o.id} label={o.label} votes={o.votes} percent={percent(o)} mine={o.id === myVote} />
          ))}
          <p className="total">{total} votes so far</p>
          <p className="leader">Leading: {leader.label}</p>
        </section>
      ) : (
        <form onSubmit={handleSubmit}>
          <fieldset>
            <legend>Choose one ({parent})</legend>
            {options.map((o) => (
              <label key={o.id} className="choice">
                <input type="radio" name="option" value={o.id} />
                {o.label}
              </label>
            ))}
          </fieldset>
          {error && <p className="error">{error}</p>}
          <button type="submit">Cast vote</button>
          <p className="note">One vote per family. Results are shown after you vote.</p>
        </form>
      )}
    </div>
  );
}
