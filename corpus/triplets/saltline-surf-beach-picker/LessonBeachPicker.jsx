import { useState } from "react";
import useSuggestions from "./useSuggestions.js";

const BEACHES = [
  { name: "Polzeath", lessons: ["10:00", "13:00"], level: "Beginner friendly" },
  { name: "Watergate Bay", lessons: ["09:30", "12:00", "15:30"], level: "All levels" },
  { name: "Fistral", lessons: ["09:00", "11:30", "14:00"], level: "Improvers" },
  { name: "Porthtowan", lessons: ["10:30"], level: "Improvers" },
  { name: "Perranporth", lessons: ["09:00", "13:30"], level: "Beginner friendly" },
  { name: "Praa Sands", lessons: ["11:00"], level: "All levels" },
  { name: "Gwithian", lessons: ["10:00", "14:30"], level: "Beginner friendly" },
  { name: "Sennen Cove", lessons: ["12:30"], level: "Experienced" },
  { name: "Porthmeor", lessons: ["09:30", "14:00"], level: "All levels" },
  { name: "Widemouth Bay", lessons: ["10:00", "12:30"], level: "Beginner friendly" },
  { name: "Crantock", lessons: ["11:00", "15:00"], level: "Improvers" },
  { name: "Constantine Bay", lessons: ["13:00"], level: "Experienced" },
];

export default function LessonBeachPicker({ beaches = BEACHES }) {
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [beach, setBeach] = useState(null);
  const suggestions = useSuggestions(beaches, text);

  function pick(b) {
    setBeach(b);
    setText(b.name);
    setOpen(false);
  }

  return (
    <main className="surf">
      <h1>Saltline Surf School</h1>
      <h2>Book a group lesson</h2>

      <label htmlFor="beach">Beach</label>
      <input
        id="beach"
        autoComplete="off"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setBeach(null);
          setOpen(true);
        }}
      />

      {open && text.trim() !== "" && (
        <div className="suggest-box">
          {suggestions.length === 0 ? (
            <p className="nothing">No beaches match</p>
          ) : (
            <ul className="suggestions" aria-label="Suggested beaches">
              {suggestions.map((b) => (
                <li key={b.name}>
                  <button type="button" onClick={() => pick(b)}>
                    {b.name}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      {beach && (
        <section className="lesson-times">
          <p>
            Lessons at {beach.name}: {beach.lessons.join(", ")}
          </p>
          <p className="level">{beach.level}</p>
        </section>
      )}

      <p className="kit">Wetsuit, board and leash included. Bring a towel and sun cream.</p>
    </main>
  );
}
