import { useState } from "react";
import useDraft from "./useDraft.js";

const START = {
  name: "Sigrid Aalberg",
  station: "Skerry Point",
  bio: "Former keeper's daughter. I know every one of the 163 steps.",
  languages: ["English", "Norwegian"],
};

const STATIONS = ["Skerry Point", "Hallvik Light", "Gull Rock"];

export default function GuideProfile() {
  const { draft, dirty, update, commit, discard } = useDraft(START);
  const [newLanguage, setNewLanguage] = useState("");
  const [languageError, setLanguageError] = useState("");
  const [notice, setNotice] = useState("");

  function addLanguage() {
    const lang = newLanguage.trim();
    if (!lang) return;
    if (draft.languages.some((l) => l.toLowerCase() === lang.toLowerCase())) {
      setLanguageError(`${lang} is already on your list`);
      return;
    }
    update({ languages: [...draft.languages, lang] });
    setNewLanguage("");
    setLanguageError("");
    setNotice("");
  }

  function removeLanguage(index) {
    update({ languages: draft.languages.filter((_, i) => i !== index) });
    setNotice("");
  }

  return (
    <section className="guide-profile">
      <header>
        <h1>Guide profile</h1>
        {dirty && <span data-testid="dirty-flag">Unsaved changes</span>}
      </header>

      <label htmlFor="gp-name">Name shown to visitors</label>
      <input id="gp-name" value={draft.name} onChange={(e) => update({ name: e.target.value })} />

      <label htmlFor="gp-station">Home lighthouse</label>
      <select id="gp-station" value={draft.station} onChange={(e) => update({ station: e.target.value })}>
        {STATIONS.map((s) => (
          <option key={s}>{s}</option>
        ))}
      </select>

      <label htmlFor="gp-bio">About me</label>
      <textarea id="gp-bio" value={draft.bio} onChange={(e) => update({ bio: e.target.value })} />

      <h2>Tour languages</h2>
      <ul className="chips">
        {draft.languages.map((lang, i) => (
          <li key={lang} data-testid="language-chip">
            {lang}
            <button aria-label={`Remove ${lang}`} onClick={() => removeLanguage(i)}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        aria-label="Add a language"
        value={newLanguage}
        placeholder="Type a language and press Enter"
        onChange={(e) => setNewLanguage(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            addLanguage();
          }
        }}
      />
      {languageError && <p data-testid="language-error">{languageError}</p>}

      <div className="actions">
        <button
          onClick={() => {
            commit();
            setNotice("Profile updated - visitors see the new version now");
          }}
          disabled={!dirty}
        >
          Save profile
        </button>
        <button onClick={discard} disabled={!dirty}>
          Discard changes
        </button>
      </div>
      {notice && <p data-testid="save-notice">{notice}</p>}
    </section>
  );
}
