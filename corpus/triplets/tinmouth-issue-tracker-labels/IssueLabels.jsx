import { useState } from "react";
import { useSuggestions } from "./useSuggestions.js";

const KNOWN = ["bug", "crash", "critical", "css", "docs", "export", "emoji", "performance", "pdf", "regression", "ui"];

export default function IssueLabels({ issue = { key: "TIN-882", title: "Crash when exporting a PDF with emoji in the title", reporter: "s.okoro" } }) {
  const [labels, setLabels] = useState(["bug", "export"]);
  const [text, setText] = useState("");
  const [error, setError] = useState("");
  const available = KNOWN.filter((k) => !labels.includes(k));
  const sugg = useSuggestions(text, available);

  function addLabel(name) {
    setLabels([...labels, name]);
    setText("");
    setError("");
    sugg.reopen();
  }

  function onKeyDown(e) {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      sugg.down();
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      sugg.up();
    } else if (e.key === "Escape") {
      sugg.close();
    } else if (e.key === "Enter") {
      e.preventDefault();
      if (sugg.active >= 0) return addLabel(sugg.items[sugg.active]);
      const name = text.trim().toLowerCase();
      if (available.includes(name)) return addLabel(name);
      if (name) setError('No label named "' + name + '"');
    }
  }

  return (
    <section className="issue-labels">
      <h1>
        {issue.key} · {issue.title}
      </h1>
      <p>Reported by {issue.reporter}</p>

      <ul className="labels" aria-label="Labels">
        {labels.map((l) => (
          <li key={l} className="label">
            {l}
            <button type="button" aria-label={"Remove label " + l} onClick={() => setLabels(labels.filter((x) => x !== l))}>
              ×
            </button>
          </li>
        ))}
      </ul>

      <label htmlFor="label-input">Add label</label>
      <input
        id="label-input"
        role="combobox"
        aria-expanded={sugg.items.length > 0}
        aria-controls="label-options"
        value={text}
        autoComplete="off"
        onChange={(e) => {
          setText(e.target.value);
          setError("");
          sugg.reopen();
        }}
        onKeyDown={onKeyDown}
      />
      {sugg.items.length > 0 && (
        <ul id="label-options" role="listbox" aria-label="Suggestions">
          {sugg.items.map((s, i) => (
            <li key={s} role="option" aria-selected={i === sugg.active} onMouseDown={() => addLabel(s)}>
              {s}
            </li>
          ))}
        </ul>
      )}
      {error && <p className="error">{error}</p>}
    </section>
  );
}
