import { useRef, useState } from "react";
import { LIMIT, mergeKeywords } from "./keywords.js";

const PHOTO = {
  file: "IMG_2291.CR3",
  title: "Harbour at dawn",
  photographer: "E. Marwood",
  shot: "14 Mar 1987, Whitby",
  keywords: ["harbour", "sunrise", "whitby"],
};

export default function PhotoKeywords({ photo = PHOTO }) {
  const [tags, setTags] = useState(photo.keywords);
  const [report, setReport] = useState("");
  const inputRef = useRef(null);

  function add() {
    const result = mergeKeywords(tags, inputRef.current.value);
    setTags(result.tags);
    setReport(result.report);
    inputRef.current.value = "";
  }

  function remove(tag) {
    setTags(tags.filter((t) => t !== tag));
    setReport("");
  }

  return (
    <section className="photo-keywords">
      <h1>{photo.title}</h1>
      <dl className="meta">
        <dt>File</dt>
        <dd>{photo.file}</dd>
        <dt>Photographer</dt>
        <dd>{photo.photographer}</dd>
        <dt>Taken</dt>
        <dd>{photo.shot}</dd>
      </dl>

      <h2>
        Keywords ({tags.length}/{LIMIT})
      </h2>
      <div className="keywords">
        {tags.map((t) => (
          <button key={t} type="button" className="keyword" aria-label={"Remove keyword " + t} onClick={() => remove(t)}>
            {t} ✕
          </button>
        ))}
      </div>

      <div className="add-keywords">
        <input ref={inputRef} placeholder="Keywords, separated by commas" defaultValue="" />
        <button type="button" onClick={add}>
          Add keywords
        </button>
      </div>
      {report && <p className="report">{report}</p>}

      <h3>IPTC export preview</h3>
      <code className="iptc">{tags.join("; ")}</code>
    </section>
  );
}
