import { useState } from "react";
import { checkStem } from "./stems.js";

export default function StemUpload({ project = "Hollow Pines - 'Ferryman' (mix v2)" }) {
  const [stems, setStems] = useState([]);
  const [name, setName] = useState("");
  const [length, setLength] = useState("");
  const [error, setError] = useState("");

  function add() {
    const trimmed = name.trim();
    const problem = checkStem(stems, trimmed, length);
    if (problem) {
      setError(problem);
      return;
    }
    setStems([...stems, { name: trimmed, length: length.trim() }]);
    setName("");
    setError("");
  }

  function remove(target) {
    setStems(stems.filter((s) => s.name !== target));
  }

  function onEnter(e) {
    if (e.key === "Enter") {
      e.preventDefault();
      add();
    }
  }

  return (
    <section className="stem-upload">
      <h1>Cantor Studio - send stems for mixing</h1>
      <p>Project: {project}</p>
      <p className="hint">Export every stem from bar 1 so they line up. Press Enter to add; select a stem and press Delete to take it out.</p>
      <div className="add-stem">
        <input placeholder="Stem file name" value={name} onChange={(e) => setName(e.target.value)} onKeyDown={onEnter} />
        <input placeholder="Length (m:ss)" value={length} onChange={(e) => setLength(e.target.value)} onKeyDown={onEnter} />
        <button onClick={add}>Add stem</button>
      </div>
      {error && <p className="stem-error">{error}</p>}
      <ul className="stems">
        {stems.map((s) => (
          <li
            key={s.name}
            tabIndex={0}
            aria-label={`${s.name}, ${s.length}`}
            onKeyDown={(e) => {
              if (e.key === "Delete" || e.key === "Backspace") remove(s.name);
            }}
          >
            <span>{s.name}</span> <span className="len">{s.length}</span>
            <button aria-label={`Remove ${s.name}`} onClick={() => remove(s.name)}>
              ✕
            </button>
          </li>
        ))}
      </ul>
      <p className="stem-count">
        {stems.length} {stems.length === 1 ? "stem" : "stems"} ready
      </p>
      <button disabled={stems.length < 2}>Send to mix engineer</button>
    </section>
  );
}
