import { useState } from "react";
import EditableCell from "./EditableCell.jsx";
import { isDuration, toSeconds, formatSeconds } from "./duration.js";

const SONGS = [
  { id: 1, title: "Ubi caritas", voicing: "SATB", length: "3:10" },
  { id: 2, title: "Shenandoah", voicing: "TTBB", length: "4:25" },
  { id: 3, title: "The Parting Glass", voicing: "SATB", length: "3:05" },
  { id: 4, title: "Bogoroditse Devo", voicing: "SSAATTBB", length: "3:25" },
];

function checkTitle(text) {
  return text.trim() ? "" : "A song needs a title";
}

function checkLength(text) {
  return isDuration(text) ? "" : "Use m:ss, e.g. 3:40";
}

const VOICINGS = [
  { code: "SATB", meaning: "full choir, four parts" },
  { code: "TTBB", meaning: "tenors and basses only" },
  { code: "SSAATTBB", meaning: "double choir, eight parts" },
];

function VoicingKey() {
  return (
    <dl className="voicing-key">
      {VOICINGS.map((v) => (
        <div key={v.code}>
          <dt>{v.code}</dt>
          <dd>{v.meaning}</dd>
        </div>
      ))}
    </dl>
  );
}

export default function SetlistEditor({ concert = "Advent concert - St Bride's, 14 Dec", limit = "15:00" }) {
  const [songs, setSongs] = useState(SONGS);

  function update(id, field, value) {
    setSongs((list) => list.map((s) => (s.id === id ? { ...s, [field]: value } : s)));
  }

  const total = songs.reduce((sum, s) => sum + toSeconds(s.length), 0);
  const over = total > toSeconds(limit);

  return (
    <section className="setlist">
      <h1>Setlist</h1>
      <p className="concert">{concert}</p>
      <ol className="songs">
        {songs.map((s, i) => (
          <li key={s.id} className="song">
            <span className="pos">{i + 1}.</span>
            <EditableCell
              value={s.title}
              label={"Title of song " + (i + 1)}
              validate={checkTitle}
              onSave={(v) => update(s.id, "title", v)}
            />
            <span className="voicing">{s.voicing}</span>
            <EditableCell
              value={s.length}
              label={"Length of song " + (i + 1)}
              validate={checkLength}
              onSave={(v) => update(s.id, "length", v)}
            />
          </li>
        ))}
      </ol>
      <p className="total">
        Total {formatSeconds(total)} of {limit}
      </p>
      {over && <p className="warning">Over the slot - cut a verse or drop a song</p>}
      <p className="tip">Double-click a title or a length to change it.</p>
      <VoicingKey />
    </section>
  );
}
