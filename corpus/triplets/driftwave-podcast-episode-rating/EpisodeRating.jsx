import { useRef, useState } from "react";

const EPISODE = {
  show: "Driftwave",
  number: 147,
  title: "The Lighthouse Keepers' Union",
  length: "52 min",
  community: { count: 9, sum: 35 },
};

const STARS = [1, 2, 3, 4, 5];

function formatAverage(sum, count) {
  return (Math.round((sum / count) * 10) / 10).toFixed(1);
}

export default function EpisodeRating({ episode = EPISODE }) {
  const [value, setValue] = useState(0);
  const [submitted, setSubmitted] = useState(0);
  const [locked, setLocked] = useState(false);
  const refs = useRef({});

  const count = episode.community.count + (submitted ? 1 : 0);
  const sum = episode.community.sum + submitted;

  function choose(n) {
    if (locked) return;
    const next = Math.min(5, Math.max(1, n));
    setValue(next);
    refs.current[next]?.focus();
  }

  function onKeyDown(e) {
    const moves = { ArrowRight: value + 1, ArrowUp: value + 1, ArrowLeft: value - 1, ArrowDown: value - 1, Home: 1, End: 5 };
    if (e.key in moves) {
      e.preventDefault();
      choose(moves[e.key]);
    }
  }

  return (
    <div className="episode-rating">
      <p className="show">
        {episode.show} #{episode.number} - {episode.length}
      </p>
      <h1>{episode.title}</h1>
      <p className="community">
        Community: {formatAverage(sum, count)} from {count} ratings
      </p>

      <div
        role="radiogroup"
        aria-label="Your rating"
        className={locked ? "stars locked" : "stars"}
        onKeyDown={onKeyDown}
      >
        {STARS.map((n) => (
          <span
            key={n}
            role="radio"
            aria-checked={value === n}
            aria-label={n === 1 ? "1 star" : n + " stars"}
            tabIndex={n === (value || 1) ? 0 : -1}
            ref={(el) => (refs.current[n] = el)}
            className={n <= value ? "star on" : "star"}
            onClick={() => choose(n)}
          >
            {n <= value ? "★" : "☆"}
          </span>
        ))}
      </div>

      {locked ? (
        <p className="locked-note">
          You rated this episode {value === 1 ? "1 star" : value + " stars"}.{" "}
          <button onClick={() => setLocked(false)}>Change rating</button>
        </p>
      ) : (
        <button
          disabled={value === 0}
          onClick={() => {
            setSubmitted(value);
            setLocked(true);
          }}
        >
          Submit rating
        </button>
      )}
    </div>
  );
}
