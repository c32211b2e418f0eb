import { useState } from "react";
import { SHARES, MESSAGE_OPTIONS, labelsFor, messageLine } from "./shares.js";

export default function PrivacySettings({ show = "Night Shift Birding", host = "Corvid Cast" }) {
  const [result, setResult] = useState(null);

  function handleSubmit(event) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const shared = data.getAll("share");
    setResult({
      count: shared.length,
      labels: labelsFor(shared),
      messages: messageLine(data.get("messages")),
      hidden: data.get("hide_from_search") === "on",
    });
  }

  return (
    <form className="privacy" onSubmit={handleSubmit} onReset={() => setResult(null)}>
      <h1>Privacy &amp; sharing</h1>
      <p className="show-name">
        {show} on {host}
      </p>

      <fieldset>
        <legend>Show on the public stats page</legend>
        {SHARES.map((s) => (
          <label key={s.value} className="share-option">
            <input type="checkbox" name="share" value={s.value} defaultChecked={s.on} />
            {s.label}
          </label>
        ))}
      </fieldset>

      <label htmlFor="messages">Who can message you</label>
      <select id="messages" name="messages" defaultValue="subscribers">
        {MESSAGE_OPTIONS.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>

      <label className="share-option">
        <input type="checkbox" name="hide_from_search" />
        Hide this show from directory search
      </label>

      <div className="buttons">
        <button type="reset">Reset</button>
        <button type="submit">Save privacy settings</button>
      </div>

      {result && (
        <div className="result" data-testid="privacy-result">
          <p data-testid="shared-count">
            {result.count} of {SHARES.length} stats public
          </p>
          <p data-testid="shared-list">{result.labels.length ? result.labels.join(", ") : "Nothing is public"}</p>
          <p data-testid="messages-line">{result.messages}</p>
          {result.hidden && <p data-testid="search-line">Hidden from directory search</p>}
        </div>
      )}
    </form>
  );
}
