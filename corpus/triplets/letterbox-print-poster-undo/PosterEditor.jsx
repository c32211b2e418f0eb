import { useReducer, useRef } from "react";
import { createHistory, historyReducer } from "./history.js";

const COLOURS = [
  { name: "Ink black", hex: "#1b1b1b" },
  { name: "Poppy red", hex: "#d7263d" },
  { name: "Harbour blue", hex: "#1b4f72" },
];

const START = { headline: "Summer Fête", size: 36, colour: "Ink black" };

export default function PosterEditor({ job = "Job LB-3382 · A3 poster · St Ives Community Hall" }) {
  const [state, dispatch] = useReducer(historyReducer, START, createHistory);
  const { present, past, future } = state;
  const headlineRef = useRef(null);
  const colour = COLOURS.find((c) => c.name === present.colour);

  const change = (patch) => dispatch({ type: "change", patch });

  return (
    <section className="poster-editor">
      <h1>Poster editor</h1>
      <p className="job">{job}</p>

      <div className="toolbar">
        <button type="button" disabled={past.length === 0} onClick={() => dispatch({ type: "undo" })}>
          Undo
        </button>
        <button type="button" disabled={future.length === 0} onClick={() => dispatch({ type: "redo" })}>
          Redo
        </button>
        <span className="history">{past.length} change(s) to undo</span>
      </div>

      <div className="controls">
        <label htmlFor="headline">Headline</label>
        <input id="headline" key={present.headline} ref={headlineRef} defaultValue={present.headline} />
        <button type="button" onClick={() => change({ headline: headlineRef.current.value })}>
          Apply headline
        </button>

        <button type="button" aria-label="Smaller headline" disabled={present.size <= 24} onClick={() => change({ size: present.size - 4 })}>
          A−
        </button>
        <button type="button" aria-label="Larger headline" disabled={present.size >= 72} onClick={() => change({ size: present.size + 4 })}>
          A+
        </button>

        <div className="swatches">
          {COLOURS.map((c) => (
            <button
              key={c.name}
              type="button"
              aria-label={"Colour " + c.name}
              aria-pressed={present.colour === c.name}
              style={{ background: c.hex }}
              onClick={() => present.colour !== c.name && change({ colour: c.name })}
            />
          ))}
        </div>
      </div>

      <div className="preview" style={{ color: colour.hex, fontSize: present.size }}>
        {present.headline}
      </div>
      <p className="spec">
        Headline: "{present.headline}" · {present.size} px · {present.colour}
      </p>
    </section>
  );
}
