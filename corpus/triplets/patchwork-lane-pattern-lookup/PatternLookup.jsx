import { useState } from "react";
import SuggestionList from "./SuggestionList.jsx";
import { MIN_LETTERS, PATTERNS, byLine, lookUp } from "./patterns.js";

export default function PatternLookup({ patterns = PATTERNS }) {
  const [typed, setTyped] = useState("");
  const [picked, setPicked] = useState(null);
  const matches = picked ? null : lookUp(patterns, typed);

  function pick(p) {
    setPicked(p);
    setTyped(p.name);
  }

  function clear() {
    setPicked(null);
    setTyped("");
  }

  return (
    <main className="guild">
      <h1>Patchwork Lane Quilting Guild</h1>
      <h2>Pattern library</h2>

      <div className="lookup">
        <label htmlFor="pattern">Pattern or designer</label>
        <input
          id="pattern"
          data-testid="pattern-input"
          value={typed}
          onChange={(e) => {
            setTyped(e.target.value);
            setPicked(null);
          }}
        />
        <button type="button" data-testid="clear" onClick={clear}>
          Clear
        </button>
      </div>

      {!picked && typed.trim() !== "" && matches === null && (
        <p data-testid="hint">Type at least {MIN_LETTERS} letters</p>
      )}
      {matches && <SuggestionList items={matches} onPick={pick} />}

      {picked && (
        <article className="pattern-card" data-testid="pattern-card">
          <h3>
            {picked.name} {byLine(picked)}
          </h3>
          <p>{picked.blocks} blocks</p>
          <p data-testid="fabric">Fabric needed: {picked.metres.toFixed(1)} m</p>
        </article>
      )}

      <ul className="library-rules">
        <li>Paper templates can be borrowed at the Thursday meeting.</li>
        <li>Return acrylic rulers to the blue drawer.</li>
        <li>{patterns.length} patterns in the library.</li>
      </ul>
    </main>
  );
}
