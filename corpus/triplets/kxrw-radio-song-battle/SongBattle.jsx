import { useState } from "react";
import BattleCard from "./BattleCard.jsx";
import { shares } from "./shares.js";

const BATTLES = [
  {
    id: "b1",
    round: "Quarter-final 1",
    songs: [
      { artist: "Neon Harbor", title: "Tidelines", votes: 312 },
      { artist: "Marisol Vega", title: "Paper Moons", votes: 288 },
    ],
  },
  {
    id: "b2",
    round: "Quarter-final 2",
    songs: [
      { artist: "The Gullwings", title: "Salt in the Engine", votes: 97 },
      { artist: "DJ Kaito", title: "Night Ferry", votes: 103 },
    ],
  },
];

export default function SongBattle({ station = "KXRW 88.1", show = "Drive Time with Renata", battles = BATTLES }) {
  const [index, setIndex] = useState(0);
  const [tallies, setTallies] = useState(() => battles.map((b) => b.songs.map((s) => s.votes)));
  const [myVotes, setMyVotes] = useState({});

  const battle = battles[index];
  const counts = tallies[index];
  const voted = myVotes[battle.id];

  function vote(songIndex) {
    if (voted !== undefined) return;
    setTallies(tallies.map((t, i) => (i === index ? t.map((n, j) => (j === songIndex ? n + 1 : n)) : t)));
    setMyVotes({ ...myVotes, [battle.id]: songIndex });
  }

  const pct = shares(counts);

  return (
    <div className="song-battle">
      <p className="station">
        {station} - {show}
      </p>
      <h1>Song battle: {battle.round}</h1>

      <div className="versus">
        {battle.songs.map((song, i) => (
          <BattleCard
            key={song.title}
            song={song}
            votes={counts[i]}
            share={pct[i]}
            showResults={voted !== undefined}
            mine={voted === i}
            onVote={() => vote(i)}
          />
        ))}
      </div>

      {voted === undefined ? (
        <p className="hint">Results appear after you vote.</p>
      ) : (
        <p className="total">{counts[0] + counts[1]} listeners voted</p>
      )}

      <nav className="battle-nav">
        <button disabled={index === 0} onClick={() => setIndex(index - 1)}>
          Previous battle
        </button>
        <span className="position">
          {index + 1} / {battles.length}
        </span>
        <button disabled={index === battles.length - 1} onClick={() => setIndex(index + 1)}>
          Next battle
        </button>
      </nav>
    </div>
  );
}
