import { createContext, useContext, useState } from "react";

const CAST = [
  { role: "Lady Bracknell", actor: "Margit Olsen", understudy: "Fen Adeyemi" },
  { role: "Jack Worthing", actor: "Callum Rhys", understudy: "" },
  { role: "Algernon Moncrieff", actor: "Dev Patil", understudy: "Oskar Lind" },
  { role: "Gwendolen Fairfax", actor: "Hana Sato", understudy: "" },
  { role: "Cecily Cardew", actor: "Ruby Quist", understudy: "Fen Adeyemi" },
];

const CastContext = createContext(null);

function sameName(a, b) {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function CastProvider({ children }) {
  const [cast, setCast] = useState(CAST);
  const [open, setOpen] = useState(-1);
  const save = (index, actor, understudy) => {
    if (understudy && sameName(actor, understudy)) return "Actor and understudy must be different people";
    setCast((list) => list.map((c, i) => (i === index ? { ...c, actor: actor.trim(), understudy: understudy.trim() } : c)));
    return "";
  };
  return <CastContext.Provider value={{ cast, open, setOpen, save }}>{children}</CastContext.Provider>;
}

function RowEditor({ index }) {
  const { cast, setOpen, save } = useContext(CastContext);
  const entry = cast[index];
  const [actor, setActor] = useState(entry.actor);
  const [understudy, setUnderstudy] = useState(entry.understudy);
  const [error, setError] = useState("");

  function submit(next) {
    const problem = save(index, actor, understudy);
    if (problem) return setError(problem);
    setOpen(next ? (index + 1 < cast.length ? index + 1 : -1) : -1);
  }

  return (
    <div className="row-editor">
      <label htmlFor="actor">Actor</label>
      <input id="actor" value={actor} onChange={(e) => setActor(e.target.value)} />
      <label htmlFor="understudy">Understudy</label>
      <input id="understudy" value={understudy} onChange={(e) => setUnderstudy(e.target.value)} />
      <button type="button" onClick={() => submit(false)}>
        Save
      </button>
      <button type="button" onClick={() => submit(true)}>
        Save &amp; next
      </button>
      <button type="button" onClick={() => setOpen(-1)}>
        Cancel
      </button>
      {error && <p className="error">{error}</p>}
    </div>
  );
}

function CastRows() {
  const { cast, open, setOpen } = useContext(CastContext);
  return (
    <ul className="cast">
      {cast.map((c, i) => (
        <li key={c.role} className="cast-row">
          <strong className="role">{c.role}</strong>
          {open === i ? (
            <RowEditor key={"edit-" + i} index={i} />
          ) : (
            <>
              <span className="actor">{c.actor}</span>
              <span className="understudy">{c.understudy ? "u/s " + c.understudy : "no understudy"}</span>
              <button type="button" onClick={() => setOpen(i)}>
                Edit
              </button>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

function ProofLine() {
  const { cast } = useContext(CastContext);
  const missing = cast.filter((c) => !c.understudy).length;
  return (
    <p className="proof">
      Programme proof: {cast.length} roles, {missing} without understudy
    </p>
  );
}

export default function CastSheet({ production = "The Importance of Being Earnest", company = "Glasswing Theatre" }) {
  return (
    <CastProvider>
      <section className="cast-sheet">
        <h1>{production}</h1>
        <p>{company} - cast sheet for the programme</p>
        <CastRows />
        <ProofLine />
      </section>
    </CastProvider>
  );
}
