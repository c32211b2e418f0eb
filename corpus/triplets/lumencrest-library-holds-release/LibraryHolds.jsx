import { useState } from "react";
import useConfirm from "./useConfirm.js";
import ConfirmBox from "./ConfirmBox.jsx";

const HOLDS = [
  { id: "h-881", title: "The Salt Path", author: "Raynor Winn", pickupBy: "12 Jun" },
  { id: "h-882", title: "Piranesi", author: "Susanna Clarke", pickupBy: "14 Jun" },
  { id: "h-883", title: "Braiding Sweetgrass", author: "Robin Wall Kimmerer", pickupBy: "15 Jun" },
  { id: "h-884", title: "A Psalm for the Wild-Built", author: "Becky Chambers", pickupBy: "19 Jun" },
];

export default function LibraryHolds({ initialHolds = HOLDS, branch = "Lumencrest Central" }) {
  const [holds, setHolds] = useState(initialHolds);
  const { pending, ask, confirm, cancel } = useConfirm();

  function release(hold) {
    setHolds((list) => list.filter((h) => h.id !== hold.id));
  }

  function askRelease(hold) {
    ask({
      title: `Release hold on ${hold.title}?`,
      message: "The next reader in the queue will get it.",
      confirmLabel: "Release hold",
      action: () => release(hold),
    });
  }

  function askReleaseAll() {
    ask({
      title: `Release all ${holds.length} holds?`,
      message: "Every book goes back to the queue. This cannot be undone.",
      confirmLabel: "Release all holds",
      action: () => setHolds([]),
    });
  }

  return (
    <div className="holds-page">
      <h1>My holds - {branch}</h1>
      <div className="holds-toolbar">
        <span data-testid="hold-count">{holds.length} holds waiting</span>
        <button type="button" onClick={askReleaseAll} disabled={holds.length === 0}>
          Release all
        </button>
      </div>

      {holds.length === 0 ? (
        <p className="empty">You have no holds waiting.</p>
      ) : (
        <ol className="holds">
          {holds.map((hold) => (
            <li key={hold.id} data-testid={hold.id}>
              <strong>{hold.title}</strong>
              <span className="author"> by {hold.author}</span>
              <span className="pickup"> - pick up by {hold.pickupBy}</span>
              <button type="button" onClick={() => askRelease(hold)}>
                Release
              </button>
            </li>
          ))}
        </ol>
      )}

      <ConfirmBox question={pending} onConfirm={confirm} onCancel={cancel} />
    </div>
  );
}
