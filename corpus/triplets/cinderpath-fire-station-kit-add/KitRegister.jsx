import { useState } from "react";
import EquipmentForm from "./EquipmentForm.jsx";
import useModal from "./useModal.js";

const KIT = [
  { item: "BA set (Dräger PSS 7000)", serial: "CP-1021", category: "Breathing apparatus", status: "In service" },
  { item: "Hydraulic spreader", serial: "CP-2207", category: "Rescue", status: "Service due" },
  { item: "Light portable pump", serial: "CP-3118", category: "Hose and pumps", status: "In service" },
  { item: "Defibrillator (AED)", serial: "CP-4002", category: "Medical", status: "In service" },
];

export default function KitRegister({ initial = KIT, station = "Cinderpath Fire Station, Green Watch" }) {
  const [kit, setKit] = useState(initial);
  const modal = useModal();
  const due = kit.filter((k) => k.status === "Service due").length;

  function save(entry) {
    setKit((list) => [...list, entry]);
    modal.close();
  }

  return (
    <main className="kit">
      <h1>{station} - equipment register</h1>
      <div className="counters">
        <span data-testid="item-count">Items: {kit.length}</span>
        <span data-testid="due-count">Service due: {due}</span>
      </div>
      <button type="button" onClick={modal.open}>
        Add equipment
      </button>
      <table>
        <thead>
          <tr>
            <th>Item</th>
            <th>Serial</th>
            <th>Category</th>
            <th>Status</th>
          </tr>
        </thead>
        <tbody>
          {kit.map((k) => (
            <tr key={k.serial} data-testid={"kit-" + k.serial}>
              <td>{k.item}</td>
              <td>{k.serial}</td>
              <td>{k.category}</td>
              <td className={k.status === "Service due" ? "warn" : ""}>{k.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {modal.isOpen && (
        <div className="overlay">
          <EquipmentForm onSave={save} onCancel={modal.close} />
        </div>
      )}
      <p className="footnote">Report damaged kit to the watch manager before the end of the shift.</p>
    </main>
  );
}
