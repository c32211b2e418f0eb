import { useState } from "react";
import VolunteerCard from "./VolunteerCard.jsx";

const SKILLS = ["Composting", "Carpentry", "Beekeeping", "First aid", "Seed saving"];
const PRONOUNS = ["she/her", "he/him", "they/them", "Prefer not to say"];

const START = { name: "Sam Achterberg", pronouns: "they/them", phone: "", showPhone: false, skills: ["Composting"], hours: "8" };

export default function VolunteerProfile() {
  const [saved, setSaved] = useState(START);
  const [draft, setDraft] = useState(START);
  const [error, setError] = useState("");
  const [notice, setNotice] = useState("");

  function change(patch) {
    setDraft((d) => {
      const next = { ...d, ...patch };
      if (!next.phone.trim()) next.showPhone = false;
      return next;
    });
    setNotice("");
  }

  function toggleSkill(skill) {
    const skills = draft.skills.includes(skill) ? draft.skills.filter((s) => s !== skill) : [...draft.skills, skill];
    change({ skills: SKILLS.filter((s) => skills.includes(s)) });
  }

  function save() {
    const hours = Number(draft.hours);
    if (!draft.name.trim()) return setError("Your name is shown on the rota - please fill it in");
    if (!Number.isInteger(hours) || hours < 2 || hours > 40) return setError("Between 2 and 40 hours a month, please");
    setError("");
    setSaved({ ...draft, name: draft.name.trim(), hours: String(hours) });
    setNotice("Profile saved");
  }

  return (
    <main className="volunteer-profile">
      <h1>Brassica Community Garden - volunteer profile</h1>
      <VolunteerCard profile={saved} />
      <section className="edit">
        <label htmlFor="vp-name">Name</label>
        <input id="vp-name" value={draft.name} onChange={(e) => change({ name: e.target.value })} />
        <label htmlFor="vp-pronouns">Pronouns</label>
        <select id="vp-pronouns" value={draft.pronouns} onChange={(e) => change({ pronouns: e.target.value })}>
          {PRONOUNS.map((p) => (
            <option key={p}>{p}</option>
          ))}
        </select>
        <label htmlFor="vp-phone">Phone (optional)</label>
        <input id="vp-phone" value={draft.phone} onChange={(e) => change({ phone: e.target.value })} />
        <label>
          <input
            type="checkbox"
            checked={draft.showPhone}
            disabled={!draft.phone.trim()}
            onChange={(e) => change({ showPhone: e.target.checked })}
          />
          Show my phone to other volunteers
        </label>
        <fieldset>
          <legend>Skills</legend>
          {SKILLS.map((s) => (
            <label key={s}>
              <input type="checkbox" checked={draft.skills.includes(s)} onChange={() => toggleSkill(s)} />
              {s}
            </label>
          ))}
        </fieldset>
        <label htmlFor="vp-hours">Hours a month</label>
        <input id="vp-hours" value={draft.hours} onChange={(e) => change({ hours: e.target.value })} />
        {error && <p className="error">{error}</p>}
        <button onClick={save}>Save profile</button>
        {notice && <p className="notice">{notice}</p>}
      </section>
    </main>
  );
}
