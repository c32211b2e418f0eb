import { useReducer } from "react";
import PageButtons from "./PageButtons.jsx";

const PER_PAGE = 4;

const ROUND = [
  { stop: 1, ward: "Ward 7 - Cardiology", bags: 6, items: "sheets, pillowcases", at: "06:10" },
  { stop: 2, ward: "Ward 8 - Respiratory", bags: 5, items: "sheets, gowns", at: "06:25" },
  { stop: 3, ward: "Main theatres", bags: 12, items: "scrubs, drapes", at: "06:40" },
  { stop: 4, ward: "Day surgery", bags: 4, items: "gowns, blankets", at: "07:05" },
  { stop: 5, ward: "Maternity", bags: 9, items: "sheets, towels, cot linen", at: "07:20" },
  { stop: 6, ward: "Neonatal unit", bags: 3, items: "cot linen", at: "07:35" },
  { stop: 7, ward: "A&E majors", bags: 8, items: "sheets, blankets", at: "07:50" },
  { stop: 8, ward: "A&E minors", bags: 2, items: "sheets", at: "08:00" },
  { stop: 9, ward: "Ward 12 - Orthopaedics", bags: 7, items: "sheets, pillowcases", at: "08:20" },
  { stop: 10, ward: "Ward 14 - Elderly care", bags: 10, items: "sheets, pads, towels", at: "08:40" },
  { stop: 11, ward: "Oncology day unit", bags: 3, items: "blankets", at: "09:00" },
  { stop: 12, ward: "Physiotherapy", bags: 2, items: "towels", at: "09:15" },
  { stop: 13, ward: "Renal unit", bags: 5, items: "sheets, gowns", at: "09:30" },
  { stop: 14, ward: "Outpatients", bags: 1, items: "gowns", at: "09:50" },
];

function reducer(state, action) {
  switch (action.type) {
    case "goto":
      return { ...state, page: action.page };
    case "next":
      return { ...state, page: Math.min(state.pages, state.page + 1) };
    case "prev":
      return { ...state, page: Math.max(1, state.page - 1) };
    default:
      return state;
  }
}

export default function LinenDeliveries({ round = ROUND, van = "Van 3 - north block" }) {
  const [state, dispatch] = useReducer(reducer, {
    page: 1,
    pages: Math.ceil(round.length / PER_PAGE),
  });
  const from = (state.page - 1) * PER_PAGE;
  const stops = round.slice(from, from + PER_PAGE);

  return (
    <main className="round">
      <h1>Calloway Linen Services</h1>
      <p className="van">{van}, Tuesday round</p>

      <table>
        <caption>
          Stops {from + 1} to {from + stops.length} of {round.length}
        </caption>
        <thead>
          <tr>
            <th>Stop</th>
            <th>Ward</th>
            <th>Bags</th>
            <th>Items</th>
            <th>Due</th>
          </tr>
        </thead>
        <tbody>
          {stops.map((s) => (
            <tr key={s.stop}>
              <td>{s.stop}</td>
              <td>{s.ward}</td>
              <td>{s.bags}</td>
              <td>{s.items}</td>
              <td>{s.at}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <PageButtons page={state.page} pages={state.pages} dispatch={dispatch} />
      <p className="signoff">Get a ward signature for every stop. Soiled bags go back on the blue cage.</p>
    </main>
  );
}
