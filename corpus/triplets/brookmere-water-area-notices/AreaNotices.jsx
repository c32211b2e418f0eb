import { useState } from "react";
import { noticesFor, normalisePostcode } from "./notices.js";

function NoticeBanner({ notice, onClose }) {
  const urgent = notice.level === "urgent";
  return (
    <div className={"notice notice-" + notice.level} role={urgent ? "alert" : "status"}>
      <span>{notice.text}</span>
      {!urgent && (
        <button type="button" className="notice-close" aria-label="Close notice" onClick={() => onClose(notice.id)}>
          ×
        </button>
      )}
    </div>
  );
}

export default function AreaNotices({ company = "Brookmere Water" }) {
  const [postcode, setPostcode] = useState("");
  const [closed, setClosed] = useState([]);

  function lookUp(event) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPostcode(normalisePostcode(String(data.get("postcode") || "")));
  }

  const all = postcode ? noticesFor(postcode) : [];
  const open = all.filter((n) => !closed.includes(n.id));
  const closedHere = all.length - open.length;

  return (
    <main className="area-notices">
      <h1>{company} - service in your area</h1>
      <form onSubmit={lookUp} className="lookup">
        <input name="postcode" placeholder="Postcode, e.g. BM4 2QT" defaultValue="" />
        <button type="submit">Check my area</button>
      </form>

      {postcode && (
        <section aria-label="Area notices">
          <h2>Notices for {postcode}</h2>
          {open.map((n) => (
            <NoticeBanner key={n.id} notice={n} onClose={(id) => setClosed((list) => [...list, id])} />
          ))}
          {all.length === 0 && <p>No notices for {postcode}.</p>}
          {closedHere > 0 && (
            <p className="closed-line">
              {closedHere} closed {closedHere === 1 ? "notice" : "notices"}
              <button
                type="button"
                className="link"
                onClick={() => setClosed((list) => list.filter((id) => !all.some((n) => n.id === id)))}
              >
                Show again
              </button>
            </p>
          )}
        </section>
      )}

      <footer>
        <p>Report a leak 24/7 on 0800 028 4411.</p>
      </footer>
    </main>
  );
}
