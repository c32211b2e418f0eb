import { DockProvider, useDock } from "./DockContext.jsx";
import VesselMenu from "./VesselMenu.jsx";

const VESSELS = [
  { id: "v1", name: "MV Brenna Star", kind: "Trawler", work: "Hull cleaning", status: "In dock", inspections: 0 },
  { id: "v2", name: "Tug Halcyon", kind: "Harbour tug", work: "Prop shaft seal", status: "Awaiting entry", inspections: 0 },
  { id: "v3", name: "SV Maud Ellen", kind: "Schooner", work: "Rudder repair", status: "In dock", inspections: 1 },
];

function VesselTable() {
  const { vessels, activity } = useDock();
  return (
    <>
      <p className="activity" role="status">
        {activity || "No activity yet today"}
      </p>
      <table>
        <thead>
          <tr>
            <th>Vessel</th>
            <th>Type</th>
            <th>Work</th>
            <th>Status</th>
            <th>Inspections</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {vessels.map((v) => (
            <tr key={v.id}>
              <td>{v.name}</td>
              <td>{v.kind}</td>
              <td>{v.work}</td>
              <td>{v.status}</td>
              <td>Inspections: {v.inspections}</td>
              <td>
                <VesselMenu vessel={v} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export default function DockBoard({ vessels = VESSELS, yard = "Marlin Row Dry Dock No. 2" }) {
  return (
    <DockProvider vessels={vessels}>
      <main className="dock-board">
        <h1>{yard}</h1>
        <p className="tide">High water 14:52 (4.9 m). Gate opens 13:30.</p>
        <VesselTable />
        <section className="shift">
          <h2>On shift</h2>
          <p>Dock master: Keren Oduya · Riggers: 4 · Divers on call: Pat Quill</p>
        </section>
        <p className="small">All releases need the dock master's sign-off on paper as well.</p>
      </main>
    </DockProvider>
  );
}
