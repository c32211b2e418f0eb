import { useState } from "react";
import useExpanded from "./useExpanded.js";

const SEASONS = [
  {
    id: "spring",
    name: "Spring 2025",
    sites: [
      { id: "avebury", name: "Avebury Field", flights: [
        { id: "f1", when: "Sat 12 Apr, 06:15", seats: 4 },
        { id: "f2", when: "Sun 27 Apr, 06:00", seats: 0 },
      ] },
      { id: "longleat", name: "Longleat Meadow", flights: [{ id: "f3", when: "Sat 3 May, 05:50", seats: 2 }] },
    ],
  },
  {
    id: "summer",
    name: "Summer 2025",
    sites: [
      { id: "avebury", name: "Avebury Field", flights: [{ id: "f4", when: "Sat 14 Jun, 05:10", seats: 6 }] },
      { id: "bath", name: "Bath Racecourse", flights: [
        { id: "f5", when: "Sun 22 Jun, 05:05", seats: 3 },
        { id: "f6", when: "Sat 5 Jul, 05:20", seats: 8 },
      ] },
    ],
  },
];

const siteSeats = (site) => site.flights.reduce((n, f) => n + f.seats, 0);
const seasonSeats = (season) => season.sites.reduce((n, s) => n + siteSeats(s), 0);

function bookSeat(seasons, flightId) {
  return seasons.map((season) => ({
    ...season,
    sites: season.sites.map((site) => ({
      ...site,
      flights: site.flights.map((f) => (f.id === flightId ? { ...f, seats: f.seats - 1 } : f)),
    })),
  }));
}

export default function FlightTree({ initialSeasons = SEASONS }) {
  const [seasons, setSeasons] = useState(initialSeasons);
  const [booked, setBooked] = useState("");
  const { isOpen, toggle } = useExpanded();

  function book(site, flight) {
    setSeasons((s) => bookSeat(s, flight.id));
    setBooked(`Booked: ${flight.when} from ${site.name}`);
  }

  return (
    <main className="skyward">
      <h1>Skyward Balloon Flights</h1>
      <p className="weather">Every flight depends on the morning forecast; we confirm by text at 04:00.</p>
      {booked && <p role="status">{booked}</p>}

      <ul className="seasons">
        {seasons.map((season) => (
          <li key={season.id} className="season">
            <button type="button" aria-expanded={isOpen(season.id)} onClick={() => toggle(season.id)}>
              {season.name} - {seasonSeats(season)} seats left
            </button>
            {isOpen(season.id) && (
              <ul aria-label={season.name + " launch sites"}>
                {season.sites.map((site) => {
                  const siteKey = season.id + "/" + site.id;
                  return (
                    <li key={siteKey} className="site">
                      <button type="button" aria-expanded={isOpen(siteKey)} onClick={() => toggle(siteKey)}>
                        {site.name} ({siteSeats(site)} seats left)
                      </button>
                      {isOpen(siteKey) && (
                        <ul className="flights">
                          {site.flights.map((f) => (
                            <li key={f.id} className="flight">
                              <span>{f.when}</span>{" "}
                              {f.seats > 0 ? (
                                <>
                                  <span>{f.seats} seats</span>{" "}
                                  <button type="button" onClick={() => book(site, f)}>
                                    Book a seat
                                  </button>
                                </>
                              ) : (
                                <span className="full">Full</span>
                              )}
                            </li>
                          ))}
                        </ul>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </main>
  );
}
