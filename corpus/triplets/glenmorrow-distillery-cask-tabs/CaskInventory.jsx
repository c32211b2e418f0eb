import { useState } from "react";
import Tabs from "./Tabs.jsx";

const WAREHOUSES = [
  {
    id: "w1",
    title: "Warehouse 1",
    casks: [
      { no: "GM-0412", type: "Oloroso butt", filled: 2009, abv: "61.2%" },
      { no: "GM-0419", type: "Refill hogshead", filled: 2011, abv: "58.9%" },
      { no: "GM-0455", type: "Bourbon barrel", filled: 2013, abv: "60.4%" },
    ],
  },
  {
    id: "w2",
    title: "Warehouse 2",
    casks: [
      { no: "GM-0731", type: "Bourbon barrel", filled: 2015, abv: "63.0%" },
      { no: "GM-0736", type: "PX puncheon", filled: 2016, abv: "62.1%" },
    ],
  },
  {
    id: "dun",
    title: "Dunnage",
    casks: [
      { no: "GM-0098", type: "Port pipe", filled: 1998, abv: "52.7%" },
      { no: "GM-0102", type: "Sherry butt", filled: 1999, abv: "53.3%" },
      { no: "GM-0110", type: "Madeira drum", filled: 2001, abv: "54.8%" },
      { no: "GM-0117", type: "Oloroso butt", filled: 2002, abv: "55.0%" },
    ],
  },
];

function CaskTable({ casks }) {
  return (
    <table className="casks">
      <thead>
        <tr>
          <th>Cask</th>
          <th>Type</th>
          <th>Filled</th>
          <th>ABV</th>
        </tr>
      </thead>
      <tbody>
        {casks.map((c) => (
          <tr key={c.no}>
            <td>{c.no}</td>
            <td>{c.type}</td>
            <td>{c.filled}</td>
            <td>{c.abv}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function CaskInventory({ warehouses = WAREHOUSES }) {
  const [selected, setSelected] = useState(warehouses[0].id);
  const current = warehouses.find((w) => w.id === selected);

  return (
    <div className="cask-inventory">
      <h1>Glenmorrow Distillery - cask inventory</h1>
      <Tabs label="Warehouses" tabs={warehouses} selected={selected} onSelect={setSelected} />
      <div role="tabpanel" id={"panel-" + current.id} aria-labelledby={"tab-" + current.id}>
        <CaskTable casks={current.casks} />
        <p className="panel-count">
          {current.casks.length} casks in {current.title}
        </p>
      </div>
    </div>
  );
}
