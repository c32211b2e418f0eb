import DockInput from "./DockInput.jsx";
import { TripProvider, useTrip } from "./TripContext.jsx";

const DOCKS = [
  { name: "Canal Basin", bikes: 7, spaces: 5 },
  { name: "Market Square", bikes: 0, spaces: 12 },
  { name: "Station Forecourt", bikes: 11, spaces: 0 },
  { name: "University Park", bikes: 3, spaces: 9 },
  { name: "Riverside Walk", bikes: 5, spaces: 4 },
  { name: "Mill Lofts", bikes: 2, spaces: 6 },
  { name: "Cathedral Green", bikes: 0, spaces: 3 },
  { name: "Science Quarter", bikes: 9, spaces: 2 },
];

function Planner({ docks }) {
  const { from, to, setFrom, setTo } = useTrip();
  return (
    <>
      <DockInput
        id="from-dock"
        label="From dock"
        docks={docks}
        isAvailable={(d) => d.bikes > 0}
        unavailableText="no bikes"
        describe={(d) => `${d.bikes} bikes`}
        onPick={setFrom}
      />
      <DockInput
        id="to-dock"
        label="To dock"
        docks={docks}
        isAvailable={(d) => d.spaces > 0}
        unavailableText="full"
        describe={(d) => `${d.spaces} spaces`}
        onPick={setTo}
      />
      <p className="summary">
        {from && to ? `Ride from ${from.name} to ${to.name}` : "Choose where you start and where you finish"}
      </p>
    </>
  );
}

export default function DockFinder({ docks = DOCKS }) {
  return (
    <TripProvider>
      <main className="velomesh">
        <h1>Velomesh bike share</h1>
        <p>First 30 minutes free on every ride. Live dock numbers refresh when you reopen the app.</p>
        <Planner docks={docks} />
        <section className="fares">
          <h2>Fares</h2>
          <ul>
            <li>Pay as you go: 30 minutes free, then 50p per 15 minutes</li>
            <li>Day pass: {"\u00a3"}4 for unlimited 30-minute rides</li>
            <li>E-bikes: 10p a minute from the first minute</li>
          </ul>
        </section>
      </main>
    </TripProvider>
  );
}
