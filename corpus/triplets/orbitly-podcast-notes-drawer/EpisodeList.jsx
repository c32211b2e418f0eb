import { useState } from "react";
import NotesDrawer from "./NotesDrawer.jsx";
import usePlayer from "./usePlayer.js";

const EPISODES = [
  {
    id: "ep45",
    code: "Ep 45",
    title: "Lighthouse Keepers",
    guest: "Aoife Brannigan",
    length: "38:12",
    chapters: [
      { start: "00:00", label: "Intro" },
      { start: "04:15", label: "Life on Fastnet" },
      { start: "21:30", label: "The last keeper" },
    ],
  },
  {
    id: "ep46",
    code: "Ep 46",
    title: "Tidal Clocks",
    guest: "Dr. Sunil Varma",
    length: "44:05",
    chapters: [
      { start: "00:00", label: "Intro" },
      { start: "09:48", label: "How tides are predicted" },
      { start: "30:02", label: "Listener questions" },
    ],
  },
  {
    id: "ep47",
    code: "Ep 47",
    title: "The Salt Roads",
    guest: "Hélène Marchetti",
    length: "51:40",
    chapters: [
      { start: "00:00", label: "Intro" },
      { start: "12:40", label: "Salt tax riots" },
      { start: "37:55", label: "Salt in the kitchen" },
    ],
  },
];

export default function EpisodeList({ episodes = EPISODES, show = "Orbitly: Coastlines" }) {
  const [openId, setOpenId] = useState(null);
  const player = usePlayer();
  const episode = episodes.find((e) => e.id === openId);

  return (
    <div className="podcast">
      <h1>{show}</h1>
      <div className="player-bar">{player.label}</div>
      <ol className="episodes">
        {episodes.map((ep) => (
          <li key={ep.id}>
            <span className="ep-code">{ep.code}</span> <span className="ep-title">{ep.title}</span>{" "}
            <span className="ep-length">{ep.length}</span>
            <button
              type="button"
              aria-label={`Notes for ${ep.code}`}
              aria-expanded={openId === ep.id}
              aria-controls="episode-notes"
              onClick={() => setOpenId(openId === ep.id ? null : ep.id)}
            >
              Notes
            </button>
          </li>
        ))}
      </ol>
      {episode && (
        <NotesDrawer episode={episode} onClose={() => setOpenId(null)} onJump={player.play} />
      )}
      <footer className="hint">Tip: chapter times open the player at that point.</footer>
    </div>
  );
}
