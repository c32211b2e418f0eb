import { useState } from "react";
import SpeakerModal from "./SpeakerModal.jsx";

const SPEAKERS = [
  { name: "Tomás Rehak", title: "Zero-downtime Postgres upgrades", track: "Infrastructure" },
  { name: "Mei-Ling Soh", title: "Pricing pages that do not lie", track: "Product" },
  { name: "Garrett Oduya", title: "Phishing drills that people like", track: "Security" },
];

export default function SpeakerProgramme({ initial = SPEAKERS, event = "Lanyard Summit 2025" }) {
  const [speakers, setSpeakers] = useState(initial);
  const [open, setOpen] = useState(false);
  const [trackFilter, setTrackFilter] = useState("All");

  const shown = trackFilter === "All" ? speakers : speakers.filter((s) => s.track === trackFilter);
  const tracks = ["All", ...new Set(speakers.map((s) => s.track))];

  function add(speaker) {
    setSpeakers((list) => [...list, speaker]);
    setOpen(false);
  }

  return (
    <div className="programme">
      <h1>{event} - speakers</h1>
      <div className="toolbar">
        <span className="speaker-count">Speakers: {speakers.length}</span>
        <select aria-label="Show track" value={trackFilter} onChange={(e) => setTrackFilter(e.target.value)}>
          {tracks.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
        <button type="button" onClick={() => setOpen(true)}>
          Add speaker
        </button>
      </div>
      <ul className="speakers">
        {shown.map((s) => (
          <li key={s.name}>
            <strong>{s.name}</strong> - {s.title} <em>({s.track})</em>
          </li>
        ))}
      </ul>
      {shown.length === 0 && <p className="empty">No speakers in this track yet.</p>}
      <footer className="track-summary">
        {tracks
          .filter((t) => t !== "All")
          .map((t) => `${t} ${speakers.filter((s) => s.track === t).length}`)
          .join(" · ")}
      </footer>
      {open && (
        <SpeakerModal
          existingNames={speakers.map((s) => s.name.toLowerCase())}
          onAdd={add}
          onClose={() => setOpen(false)}
        />
      )}
    </div>
  );
}
