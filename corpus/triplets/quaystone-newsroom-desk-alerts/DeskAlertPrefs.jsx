import { PrefsProvider, usePrefs, DESKS } from "./PrefsContext.jsx";

function DeskRow({ desk }) {
  const { prefs, muted, toggle } = usePrefs();
  return (
    <div className="pref">
      <input
        type="checkbox"
        checked={!muted && prefs[desk.id]}
        disabled={muted}
        onChange={() => toggle(desk.id)}
      />
      <span className="pref-name">{desk.name}</span>
      <span className="pref-note">{desk.note}</span>
    </div>
  );
}

function AlertCounter() {
  const { prefs, muted } = usePrefs();
  const on = muted ? 0 : DESKS.filter((d) => prefs[d.id]).length;
  return (
    <span className="alert-count">
      {on} of {DESKS.length} alerts on
    </span>
  );
}

function MuteSwitch() {
  const { muted, setMuted } = usePrefs();
  return (
    <label className="mute">
      <input type="checkbox" checked={muted} onChange={(e) => setMuted(e.target.checked)} />
      Mute all desk alerts
    </label>
  );
}

function ShiftBanner() {
  const { muted } = usePrefs();
  if (!muted) return null;
  return <p className="banner">You will not be paged until you unmute.</p>;
}

const RECENT_PAGES = [
  { time: "21:14", desk: "Sport", text: "Late goal changes derby result" },
  { time: "20:02", desk: "Standards", text: "Correction requested on council budget story" },
  { time: "18:47", desk: "Wire", text: "Flash: rail strike called off" },
];

function RecentPages() {
  return (
    <aside className="recent">
      <h2>Last pages tonight</h2>
      <ol>
        {RECENT_PAGES.map((p) => (
          <li key={p.time}>
            <time>{p.time}</time> <b>{p.desk}</b> {p.text}
          </li>
        ))}
      </ol>
    </aside>
  );
}

export default function DeskAlertPrefs({ editor = "R. Okonjo", shift = "Late desk" }) {
  return (
    <PrefsProvider>
      <main className="desk-prefs">
        <header>
          <h1>Desk alerts</h1>
          <p>
            {editor} - {shift}
          </p>
          <AlertCounter />
        </header>
        <MuteSwitch />
        <ShiftBanner />
        <section aria-label="Desks">
          {DESKS.map((d) => (
            <DeskRow key={d.id} desk={d} />
          ))}
        </section>
        <RecentPages />
        <footer>
          <small>Changes apply to this browser only. Night editors use the pager app.</small>
        </footer>
      </main>
    </PrefsProvider>
  );
}
