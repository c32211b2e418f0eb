import { useReducer } from "react";
import Toast from "./Toast.jsx";

const FREE_SCANS = 3;
const SCAN_FEE = "£4.50";

const ITEMS = [
  { ref: "TA/PR/114", title: "Parish register, St Wendreda 1742-1760", fragile: false },
  { ref: "TA/MP/009", title: "Map of Fen drainage 1653", fragile: true },
  { ref: "TA/EN/201", title: "Enclosure award, Thornfield 1811", fragile: false },
  { ref: "TA/QS/388", title: "Quarter sessions roll, Easter 1790", fragile: false },
  { ref: "TA/TH/052", title: "Tithe apportionment, Lower Fen 1841", fragile: false },
];

function reducer(state, action) {
  switch (action.type) {
    case "request": {
      const item = action.item;
      if (item.fragile) {
        return addToast(state, {
          tone: "error",
          text: `${item.title} is too fragile to scan`,
          action: { label: "Book a reading room visit", ref: item.ref, title: item.title },
        });
      }
      const requested = [...state.requested, item.ref];
      const paid = requested.length > FREE_SCANS;
      return addToast(
        { ...state, requested, paidCount: state.paidCount + (paid ? 1 : 0) },
        paid
          ? { tone: "warning", text: `Free scans used up - ${item.title} will cost ${SCAN_FEE}` }
          : { tone: "info", text: `Scan requested: ${item.title}` }
      );
    }
    case "visit":
      return addToast(
        { ...state, toasts: state.toasts.filter((t) => t.id !== action.toastId), visits: [...state.visits, action.ref] },
        { tone: "info", text: `Reading room visit booked for ${action.title}` }
      );
    case "dismiss":
      return { ...state, toasts: state.toasts.filter((t) => t.id !== action.id) };
    default:
      return state;
  }
}

function addToast(state, toast) {
  return { ...state, nextId: state.nextId + 1, toasts: [...state.toasts, { ...toast, id: state.nextId }] };
}

export default function ScanRequests({ items = ITEMS, reader = "Reader ticket 30417" }) {
  const [state, dispatch] = useReducer(reducer, { requested: [], visits: [], paidCount: 0, toasts: [], nextId: 1 });
  const freeUsed = Math.min(state.requested.length, FREE_SCANS);

  return (
    <main className="scans">
      <h1>Thornfield County Archives - scan requests</h1>
      <p>
        {reader} · {freeUsed} of {FREE_SCANS} free scans used
      </p>
      <ul className="catalogue">
        {items.map((item) => {
          const done = state.requested.includes(item.ref) || state.visits.includes(item.ref);
          return (
            <li key={item.ref}>
              <span className="ref">{item.ref}</span> {item.title}
              <button type="button" disabled={done} onClick={() => dispatch({ type: "request", item })}>
                {done ? "Requested" : "Request scan"}
              </button>
            </li>
          );
        })}
      </ul>
      <p className="fees">Scan fees due: {state.paidCount} x {SCAN_FEE}</p>
      <div className="toast-area">
        {state.toasts.map((t) => (
          <Toast
            key={t.id}
            toast={t}
            onDismiss={(id) => dispatch({ type: "dismiss", id })}
            onAction={(toast) =>
              dispatch({ type: "visit", toastId: toast.id, ref: toast.action.ref, title: toast.action.title })
            }
          />
        ))}
      </div>
    </main>
  );
}
