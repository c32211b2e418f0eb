import { useState } from "react";
import { useBanners } from "./BannerContext.jsx";

export default function AlertBanner({ banner }) {
  const { dismiss } = useBanners();
  const [ticket, setTicket] = useState(false);
  const critical = banner.level === "critical";

  return (
    <div className={`alert-banner level-${banner.level}`} role={critical ? "alert" : "status"}>
      <strong className="station">{banner.station}</strong> <span>{banner.text}</span>
      {critical && (
        <span className="ticket">
          <input type="checkbox" checked={ticket} onChange={(e) => setTicket(e.target.checked)} /> Ticket logged
        </span>
      )}
      <button type="button" disabled={critical && !ticket} onClick={() => dismiss(banner.id)}>
        Dismiss
      </button>
    </div>
  );
}
