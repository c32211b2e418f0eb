import Branch from "./Branch.jsx";
import { ExpandProvider } from "./ExpandContext.jsx";

const ARCHIVE = [
  {
    id: "bbc",
    label: "BBC Home Service",
    decades: [
      { id: "bbc-1940s", label: "1940s", recordings: [
        { title: "D-Day despatch (1944)", digitised: true },
        { title: "VE Day crowds (1945)", digitised: true },
      ] },
      { id: "bbc-1950s", label: "1950s", recordings: [{ title: "Coronation commentary (1953)", digitised: false }] },
    ],
  },
  {
    id: "lux",
    label: "Radio Luxembourg",
    decades: [
      { id: "lux-1950s", label: "1950s", recordings: [
        { title: "Top Twenty (1955)", digitised: true },
        { title: "Horace Batchelor advert (1958)", digitised: false },
      ] },
      { id: "lux-1960s", label: "1960s", recordings: [{ title: "Fab 208 launch (1966)", digitised: true }] },
      { id: "lux-1970s", label: "1970s", recordings: [{ title: "Kid Jensen show (1972)", digitised: true }] },
    ],
  },
  {
    id: "caroline",
    label: "Radio Caroline",
    decades: [
      { id: "caroline-1960s", label: "1960s", recordings: [
        { title: "First broadcast from MV Caroline (1964)", digitised: true },
        { title: "Close-down (1968)", digitised: false },
      ] },
    ],
  },
];

export default function ArchiveTree({ archive = ARCHIVE }) {
  return (
    <ExpandProvider topLevelIds={archive.map((b) => b.id)}>
      <main className="archive">
        <h1>Wavelength Sound Archive</h1>
        <p className="intro">Off-air recordings donated by listeners, 1940-1979.</p>
        <ul className="broadcasters">
          {archive.map((b) => (
            <Branch key={b.id} node={b} level={0} />
          ))}
        </ul>
        <aside className="listening">
          <h2>Listening room</h2>
          <p>Digitised recordings can be played in the listening room, Tuesday to Saturday.</p>
          <p>Tape transfers take about three weeks.</p>
          <p>
            Have an old reel in the loft? Donations are catalogued by decade and broadcaster, and the donor is
            credited on every copy.
          </p>
        </aside>
      </main>
    </ExpandProvider>
  );
}
