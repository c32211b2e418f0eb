import { useState } from "react";
import LotMenu from "./LotMenu.jsx";

const LOTS = [
  { number: 9, title: "Pair of Staffordshire spaniels", estimate: "£300-£500", status: "Sold" },
  { number: 14, title: "Victorian mahogany writing slope", estimate: "£200-£300", status: "Open" },
  { number: 22, title: "Georgian silver teapot", estimate: "£800-£1,200", status: "Open" },
];

export default function SaleLots({ initialLots = LOTS, sale = "Goldcrest Auctions - Spring Interiors, 17 May" }) {
  const [lots, setLots] = useState(initialLots);
  const [notice, setNotice] = useState("");

  function act(lot, action) {
    if (action === "sold") {
      setLots((list) => list.map((l) => (l.number === lot.number ? { ...l, status: "Sold" } : l)));
      setNotice(`Lot ${lot.number} marked as sold`);
    }
    if (action === "withdraw") {
      setLots((list) => list.map((l) => (l.number === lot.number ? { ...l, status: "Withdrawn" } : l)));
      setNotice(`Lot ${lot.number} withdrawn`);
    }
    if (action === "duplicate") {
      const next = Math.max(...lots.map((l) => l.number)) + 1;
      setLots((list) => [...list, { ...lot, number: next, title: lot.title + " (copy)", status: "Open" }]);
      setNotice(`Lot ${lot.number} duplicated as Lot ${next}`);
    }
  }

  function itemsFor(lot) {
    const closed = lot.status !== "Open";
    return [
      { id: "sold", label: "Mark as sold", disabled: closed },
      { id: "withdraw", label: "Withdraw lot", disabled: closed },
      { id: "duplicate", label: "Duplicate lot", disabled: false },
    ];
  }

  return (
    <section className="sale">
      <h1>{sale}</h1>
      {notice && <p className="notice">{notice}</p>}
      <table>
        <thead>
          <tr>
            <th>Lot</th>
            <th>Description</th>
            <th>Estimate</th>
            <th>Status</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {lots.map((lot) => (
            <tr key={lot.number}>
              <td>{lot.number}</td>
              <td>{lot.title}</td>
              <td>{lot.estimate}</td>
              <td>{lot.status}</td>
              <td>
                <LotMenu lotNumber={lot.number} items={itemsFor(lot)} onChoose={(id) => act(lot, id)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
