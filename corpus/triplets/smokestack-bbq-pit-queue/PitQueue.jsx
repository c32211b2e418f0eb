import { useState } from "react";
import QueueItem from "./QueueItem.jsx";
import { move, readyTimes } from "./reorder.js";

const QUEUE = [
  { id: "b1", name: "Beef brisket", weight: "6.2 kg", hours: 10, wood: "post oak" },
  { id: "p1", name: "Pork shoulder", weight: "4.5 kg", hours: 8, wood: "hickory" },
  { id: "r1", name: "Spare ribs", weight: "3 racks", hours: 5, wood: "cherry" },
  { id: "c1", name: "Chicken thighs", weight: "40 pcs", hours: 2, wood: "apple" },
];

const PROBES = [
  { name: "Pit (grate level)", temp: "121 °C" },
  { name: "Firebox", temp: "310 °C" },
  { name: "Water pan", temp: "88 °C" },
];

function ProbePanel() {
  return (
    <table className="probes">
      <caption>Probe readings</caption>
      <tbody>
        {PROBES.map((p) => (
          <tr key={p.name}>
            <th scope="row">{p.name}</th>
            <td>{p.temp}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function PitQueue({ pit = "Pit 2 (offset, 1000 gal)", lightUp = "03:00", service = "Saturday lunch" }) {
  const [queue, setQueue] = useState(QUEUE);
  const [changed, setChanged] = useState(false);
  const [published, setPublished] = useState("");
  const times = readyTimes(queue, lightUp);

  function shift(index, delta) {
    setQueue((q) => move(q, index, delta));
    setChanged(true);
    setPublished("");
  }

  function publish() {
    setPublished("Pit order sent to kitchen: " + queue.map((q) => q.name).join(" → "));
    setChanged(false);
  }

  return (
    <section className="pit-queue">
      <h1>Pit order</h1>
      <p>
        {pit} · fire lit {lightUp} · for {service}
      </p>
      <ol className="queue">
        {queue.map((item, i) => (
          <QueueItem
            key={item.id}
            item={item}
            position={i + 1}
            ready={times[i]}
            isFirst={i === 0}
            isLast={i === queue.length - 1}
            onUp={() => shift(i, -1)}
            onDown={() => shift(i, 1)}
          />
        ))}
      </ol>
      <p className="last-out">Last item off the pit at {times[times.length - 1]}</p>
      <div className="actions">
        <button type="button" onClick={() => { setQueue(QUEUE); setChanged(false); }} disabled={!changed}>
          Reset order
        </button>
        <button type="button" onClick={publish} disabled={!changed}>
          Send to kitchen
        </button>
      </div>
      {published && <p role="status">{published}</p>}
      <ProbePanel />
    </section>
  );
}
