import { useState } from "react";
import { ToastProvider, useToasts } from "./Toasts.jsx";

const GREENS = [
  { lot: "BW-G-101", name: "Ethiopia Guji", process: "Natural", bags: 6 },
  { lot: "BW-G-114", name: "Colombia Huila", process: "Washed", bags: 9 },
  { lot: "BW-G-120", name: "Kenya Nyeri AA", process: "Washed", bags: 3 },
  { lot: "BW-G-133", name: "Brazil Cerrado", process: "Pulped natural", bags: 14 },
];

function Greens({ greens }) {
  const [queue, setQueue] = useState([]);
  const { push } = useToasts();

  function addToQueue(coffee) {
    if (queue.includes(coffee.lot)) {
      push(`${coffee.name} is already in the queue`, "error");
      return;
    }
    setQueue((q) => [...q, coffee.lot]);
    push(`${coffee.name} added to roast queue`);
  }

  const queued = greens.filter((g) => queue.includes(g.lot));

  return (
    <div className="greens-layout">
      <table>
        <thead>
          <tr>
            <th>Lot</th>
            <th>Coffee</th>
            <th>Process</th>
            <th>Bags</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {greens.map((g) => (
            <tr key={g.lot}>
              <td>{g.lot}</td>
              <td>{g.name}</td>
              <td>{g.process}</td>
              <td>{g.bags}</td>
              <td>
                <button type="button" onClick={() => addToQueue(g)}>
                  Add to roast queue
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <aside className="queue">
        <h2>Roast queue ({queued.length})</h2>
        <ol>
          {queued.map((g) => (
            <li key={g.lot}>{g.name}</li>
          ))}
        </ol>
      </aside>
    </div>
  );
}

export default function RoastQueue({ greens = GREENS, roaster = "Bramblewick Roasters" }) {
  return (
    <ToastProvider>
      <main>
        <h1>{roaster} - green stock</h1>
        <p className="hint">Batches roast in the order they are queued. Max 12 kg per batch.</p>
        <Greens greens={greens} />
      </main>
    </ToastProvider>
  );
}
