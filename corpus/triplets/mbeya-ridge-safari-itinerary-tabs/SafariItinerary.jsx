import { useMemo, useState } from "react";
import { ExtrasContext } from "./ExtrasContext.jsx";
import DayPanel from "./DayPanel.jsx";

const DAYS = [
  {
    tab: "Day 1",
    date: "12 Aug",
    activities: [
      { id: "d1a", time: "14:00", title: "Arrival at Mbeya Ridge Lodge" },
      { id: "d1b", time: "17:30", title: "Sundowner at the kopje" },
    ],
  },
  {
    tab: "Day 2",
    date: "13 Aug",
    activities: [
      { id: "d2a", time: "06:00", title: "Morning game drive" },
      { id: "d2b", time: "09:30", title: "Bush breakfast" },
      { id: "d2c", time: "20:00", title: "Night drive", optionalUsd: 85 },
    ],
  },
  {
    tab: "Day 3",
    date: "14 Aug",
    activities: [
      { id: "d3a", time: "05:00", title: "Hot-air balloon", optionalUsd: 420 },
      { id: "d3b", time: "06:30", title: "Walking safari with ranger Tumelo" },
    ],
  },
  {
    tab: "Day 4",
    date: "15 Aug",
    activities: [{ id: "d4a", time: "10:00", title: "Airstrip transfer" }],
  },
];

function usd(n) {
  return "$" + n.toLocaleString("en-US");
}

export default function SafariItinerary({ days = DAYS, guests = 2, party = "Lindqvist party" }) {
  const [dayIndex, setDayIndex] = useState(0);
  const [chosen, setChosen] = useState([]);

  const toggle = (id) => setChosen((list) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]));
  const extrasValue = useMemo(() => ({ chosen, toggle }), [chosen]);

  const perPerson = days
    .flatMap((d) => d.activities)
    .filter((a) => chosen.includes(a.id))
    .reduce((sum, a) => sum + a.optionalUsd, 0);

  return (
    <ExtrasContext.Provider value={extrasValue}>
      <main className="itinerary">
        <h1>Mbeya Ridge Lodge - itinerary</h1>
        <p>
          {party}, {guests} guests
        </p>
        <div role="tablist" aria-label="Itinerary days">
          {days.map((d, i) => (
            <button
              key={d.tab}
              role="tab"
              aria-selected={i === dayIndex}
              tabIndex={i === dayIndex ? 0 : -1}
              onClick={() => setDayIndex(i)}
            >
              {d.tab}
            </button>
          ))}
        </div>
        <DayPanel day={days[dayIndex]} />
        <p className="extras-total">
          Extras: {usd(perPerson * guests)} for {guests} guests
        </p>
      </main>
    </ExtrasContext.Provider>
  );
}
