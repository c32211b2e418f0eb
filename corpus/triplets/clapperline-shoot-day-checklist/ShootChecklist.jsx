import { useState } from "react";
import FilterBar from "./FilterBar.jsx";
import { useChecklist } from "./useChecklist.js";

const ITEMS = [
  { id: "c1", text: "Confirm road closure permit - Harbour St", dept: "Locations", done: true },
  { id: "c2", text: "Rain covers for the Alexa Mini", dept: "Camera", done: false },
  { id: "c3", text: "Wardrobe continuity photos, scene 42", dept: "Costume", done: false },
  { id: "c4", text: "Lunch for 38 crew + 6 extras", dept: "Catering", done: false },
];

const DEPTS = ["Camera", "Locations", "Costume", "Catering", "Sound"];

export default function ShootChecklist({ production = "The Lamplighter's Daughter", day = "Day 4 of 19", callTime = "06:30" }) {
  const list = useChecklist(ITEMS);
  const [draft, setDraft] = useState("");
  const [dept, setDept] = useState("Sound");

  function submit(e) {
    e.preventDefault();
    if (list.add(draft, dept)) setDraft("");
  }

  return (
    <main className="shoot-checklist">
      <h1>{production}</h1>
      <p>
        {day} · crew call {callTime}
      </p>

      <form onSubmit={submit} className="new-item">
        <input placeholder="New item for Day 4" value={draft} onChange={(e) => setDraft(e.target.value)} />
        <select aria-label="Department" value={dept} onChange={(e) => setDept(e.target.value)}>
          {DEPTS.map((d) => (
            <option key={d}>{d}</option>
          ))}
        </select>
        <button type="submit">Add item</button>
      </form>

      <FilterBar current={list.filter} counts={list.counts} onPick={list.setFilter} />

      <ul className="items">
        {list.items.map((i) => (
          <li key={i.id} className={i.done ? "item done" : "item"}>
            <label>
              <input type="checkbox" checked={i.done} onChange={() => list.toggle(i.id)} />
              {i.text}
            </label>
            <span className="dept">{i.dept}</span>
          </li>
        ))}
      </ul>
      {list.items.length === 0 && <p className="empty">Nothing here.</p>}

      <button type="button" onClick={list.markAll} disabled={list.counts.Open === 0}>
        Mark all done
      </button>
      {list.counts.Open === 0 && <p className="wrap">All set - see you at {callTime}.</p>}
    </main>
  );
}
