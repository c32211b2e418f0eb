import { useState } from "react";
import { SampleCartProvider, useSampleCart, MAX_SWATCHES } from "./SampleCart.jsx";
import SwatchModal from "./SwatchModal.jsx";

const EXISTING = [
  { fabric: "Harris tweed - Heather", qty: 5, delivery: "Post" },
  { fabric: "Herringbone - Slate", qty: 4, delivery: "Post" },
];

const CLOTHS = [
  { name: "Harris tweed - Heather", composition: "100% Hebridean wool", weight: "480 g/m" },
  { name: "Donegal - Oatmeal", composition: "Wool with flecks of silk", weight: "420 g/m" },
  { name: "Herringbone - Slate", composition: "Merino and lambswool", weight: "390 g/m" },
];

function ClothTable() {
  return (
    <table className="cloths">
      <caption>Our cloths</caption>
      <thead>
        <tr>
          <th>Cloth</th>
          <th>Composition</th>
          <th>Weight</th>
        </tr>
      </thead>
      <tbody>
        {CLOTHS.map((c) => (
          <tr key={c.name}>
            <td>{c.name}</td>
            <td>{c.composition}</td>
            <td>{c.weight}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RequestList() {
  const { lines, total } = useSampleCart();
  return (
    <>
      <p className="total">
        {total} of {MAX_SWATCHES} swatches requested
      </p>
      <ul className="lines">
        {lines.map((l, i) => (
          <li key={i}>
            {l.fabric} × {l.qty} ({l.delivery})
          </li>
        ))}
      </ul>
      {lines.length === 0 && <p>No swatches requested yet.</p>}
    </>
  );
}

export default function SwatchRequests({ buyer = "Atelier Brume, Lyon", existing = EXISTING }) {
  const [open, setOpen] = useState(false);

  return (
    <SampleCartProvider initial={existing}>
      <div className="swatches">
        <h1>Loomcraft Mills - swatch request</h1>
        <p className="buyer">Trade account: {buyer}</p>
        <ClothTable />
        <RequestList />
        <button type="button" onClick={() => setOpen(true)}>
          Request a swatch
        </button>
        {open && <SwatchModal onDone={() => setOpen(false)} />}
        <p className="note">Swatches are cut to 20 x 20 cm and leave the mill within three working days.</p>
        <p className="note">Courier delivery is charged once per request line.</p>
      </div>
    </SampleCartProvider>
  );
}
