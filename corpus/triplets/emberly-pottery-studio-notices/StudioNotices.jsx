import { useState } from "react";
import Banner from "./Banner.jsx";

const NOTICES = [
  { id: "kiln2", tone: "warning", text: "Kiln 2 is down for repairs until 14 May.", views: ["kiln", "classes"], dismissible: true },
  { id: "celadon", tone: "info", text: "New glaze: Celadon Drift is on the glaze shelf.", views: ["kiln"], dismissible: true },
  { id: "mask", tone: "info", text: "Wear a dust mask when sanding greenware.", views: ["kiln", "classes"], dismissible: false },
  { id: "wheel", tone: "info", text: "Thursday wheel class moves to 19:00 this week.", views: ["classes"], dismissible: true },
];

const FIRINGS = [
  { kiln: "Kiln 1", when: "Tue 9 May", type: "Bisque 1000°C", slots: "4 shelves free" },
  { kiln: "Kiln 1", when: "Fri 12 May", type: "Glaze 1240°C", slots: "Full" },
  { kiln: "Kiln 3 (raku)", when: "Sat 13 May", type: "Raku", slots: "2 shelves free" },
];

const CLASSES = [
  { name: "Beginners wheel", when: "Thu 19:00", tutor: "Ros Achebe" },
  { name: "Hand-building", when: "Sat 10:00", tutor: "Ilse Brandt" },
];

export default function StudioNotices({ notices = NOTICES, studio = "Emberly Pottery Studio" }) {
  const [view, setView] = useState("kiln");
  const [dismissed, setDismissed] = useState([]);

  const visible = notices.filter((n) => n.views.includes(view) && !dismissed.includes(n.id));
  const hiddenCount = notices.filter((n) => dismissed.includes(n.id)).length;

  function showView(next) {
    setView(next);
  }

  function dismiss(id) {
    setDismissed((list) => [...list, id]);
  }

  return (
    <div className="studio">
      <h1>{studio} - members area</h1>
      <div className="banners">
        {visible.map((n) => (
          <Banner key={n.id} notice={n} onDismiss={dismiss} />
        ))}
      </div>
      {hiddenCount > 0 && (
        <p className="hidden-notices">
          {hiddenCount === 1 ? "1 notice hidden" : `${hiddenCount} notices hidden`}{" "}
          <button type="button" className="link" onClick={() => setDismissed([])}>
            Show hidden notices
          </button>
        </p>
      )}
      <nav className="views">
        <button type="button" aria-pressed={view === "kiln"} onClick={() => showView("kiln")}>
          Kiln schedule
        </button>
        <button type="button" aria-pressed={view === "classes"} onClick={() => showView("classes")}>
          Class list
        </button>
      </nav>
      {view === "kiln" ? (
        <ul className="firings">
          {FIRINGS.map((f) => (
            <li key={f.kiln + f.when}>
              {f.kiln} · {f.when} · {f.type} · {f.slots}
            </li>
          ))}
        </ul>
      ) : (
        <ul className="classes">
          {CLASSES.map((c) => (
            <li key={c.name}>
              {c.name} · {c.when} · {c.tutor}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
