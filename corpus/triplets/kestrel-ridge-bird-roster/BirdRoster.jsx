import { useState } from "react";
import BirdRow from "./BirdRow.jsx";

const GROUPS = ["Owls", "Falcons", "Hawks", "Eagles"];

const BIRDS = [
  { name: "Mabel", species: "Barn owl", group: "Owls", weight: 310, flyingToday: true },
  { name: "Quill", species: "Tawny owl", group: "Owls", weight: 480, flyingToday: false },
  { name: "Boris", species: "Eurasian eagle-owl", group: "Owls", weight: 2900, flyingToday: true },
  { name: "Saffi", species: "Peregrine falcon", group: "Falcons", weight: 710, flyingToday: true },
  { name: "Jet", species: "Lanner falcon", group: "Falcons", weight: 620, flyingToday: false },
  { name: "Tinker", species: "Kestrel", group: "Falcons", weight: 190, flyingToday: true },
  { name: "Hector", species: "Harris's hawk", group: "Hawks", weight: 850, flyingToday: true },
  { name: "Wren", species: "Sparrowhawk", group: "Hawks", weight: 260, flyingToday: false },
  { name: "Orla", species: "Golden eagle", group: "Eagles", weight: 4100, flyingToday: false },
  { name: "Dune", species: "Steppe eagle", group: "Eagles", weight: 3300, flyingToday: true },
];

export default function BirdRoster({ birds = BIRDS }) {
  const [groups, setGroups] = useState(GROUPS);
  const [flyingOnly, setFlyingOnly] = useState(false);

  function toggleGroup(group) {
    setGroups((current) =>
      current.includes(group) ? current.filter((g) => g !== group) : [...current, group]
    );
  }

  const shown = birds.filter((b) => groups.includes(b.group) && (!flyingOnly || b.flyingToday));

  return (
    <div className="roster">
      <h1>Kestrel Ridge - today's birds</h1>
      <p>Handlers: check the weights before the 11:00 display.</p>

      <fieldset>
        <legend>Species group</legend>
        {GROUPS.map((group) => (
          <label key={group}>
            <input type="checkbox" checked={groups.includes(group)} onChange={() => toggleGroup(group)} />
            {group}
          </label>
        ))}
      </fieldset>

      <div className="switch-row">
        <button
          type="button"
          role="switch"
          aria-checked={flyingOnly}
          onClick={() => setFlyingOnly(!flyingOnly)}
        >
          Flying today only
        </button>
        <span className="bird-count">{shown.length} birds</span>
      </div>

      {shown.length > 0 ? (
        <ul className="birds">
          {shown.map((bird) => (
            <BirdRow key={bird.name} bird={bird} />
          ))}
        </ul>
      ) : (
        <p className="none">No birds match these filters.</p>
      )}

      <footer>
        <small>Weights taken at 08:30 by the duty falconer.</small>
      </footer>
    </div>
  );
}
