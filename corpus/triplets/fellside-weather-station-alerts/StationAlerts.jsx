import { BannerProvider, useBanners } from "./BannerContext.jsx";
import AlertBanner from "./AlertBanner.jsx";

const BANNERS = [
  { id: "b1", level: "critical", station: "FS-07 Helvellyn Ridge", text: "Wind sensor offline since 04:10." },
  { id: "b2", level: "warning", station: "FS-12 Kentmere", text: "Battery at 18%." },
  { id: "b3", level: "info", station: "Network", text: "Firmware 4.2 is available for 9 stations." },
  { id: "b4", level: "info", station: "FS-21 Haweswater", text: "New station is online." },
];

const STATIONS = [
  { code: "FS-07", name: "Helvellyn Ridge", temp: "-1.4 °C", wind: "--" },
  { code: "FS-12", name: "Kentmere", temp: "3.9 °C", wind: "22 km/h" },
  { code: "FS-18", name: "Ullswater Pier", temp: "5.2 °C", wind: "14 km/h" },
  { code: "FS-21", name: "Haweswater", temp: "4.1 °C", wind: "19 km/h" },
];

function Banners() {
  const { all, active, dismissLevel } = useBanners();
  const infoCount = active.filter((b) => b.level === "info").length;

  return (
    <section className="banner-area">
      <p className="alert-count">{active.length} active alerts</p>
      {all.length > active.length && <p className="dismissed-count">{all.length - active.length} dismissed today</p>}
      {infoCount > 1 && (
        <button type="button" className="link" onClick={() => dismissLevel("info")}>
          Dismiss all info
        </button>
      )}
      {active.map((b) => (
        <AlertBanner key={b.id} banner={b} />
      ))}
    </section>
  );
}

function Readings({ stations }) {
  return (
    <table className="readings">
      <thead>
        <tr>
          <th>Station</th>
          <th>Temperature</th>
          <th>Wind</th>
        </tr>
      </thead>
      <tbody>
        {stations.map((s) => (
          <tr key={s.code}>
            <td>
              {s.code} {s.name}
            </td>
            <td>{s.temp}</td>
            <td>{s.wind}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function StationAlerts({ banners = BANNERS, stations = STATIONS }) {
  return (
    <BannerProvider banners={banners}>
      <main>
        <h1>Fellside Weather Network - operations</h1>
        <Banners />
        <Readings stations={stations} />
      </main>
    </BannerProvider>
  );
}
