import { useReducer } from "react";
import VoidDialog from "./VoidDialog.jsx";

const ORDERS = [
  { id: "DL-5531", item: "Zirconia crown #36", dentist: "Dr. Okonjo", status: "In milling" },
  { id: "DL-5534", item: "Night guard, upper", dentist: "Dr. Haas", status: "Received" },
  { id: "DL-5540", item: "PFM bridge 24-26", dentist: "Dr. Lindqvist", status: "Design" },
];

const LOCKED = ["In milling", "Shipped"];

function reducer(state, action) {
  switch (action.type) {
    case "open":
      return { ...state, voiding: action.id };
    case "close":
      return { ...state, voiding: null };
    case "void":
      return {
        orders: state.orders.map((o) => (o.id === state.voiding ? { ...o, status: "Voided" } : o)),
        voiding: null,
        banner: `${state.voiding} voided (${action.reason})`,
      };
    default:
      throw new Error("unknown action " + action.type);
  }
}

export default function LabOrders({ orders = ORDERS }) {
  const [state, dispatch] = useReducer(reducer, { orders, voiding: null, banner: "" });
  const open = state.orders.find((o) => o.id === state.voiding);

  return (
    <section className="lab-orders">
      <h1>Harrowgate Dental Lab - open orders</h1>
      {state.banner && <div className="banner">{state.banner}</div>}
      <table>
        <thead>
          <tr>
            <th>Order</th>
            <th>Item</th>
            <th>Dentist</th>
            <th>Status</th>
            <th>Action</th>
          </tr>
        </thead>
        <tbody>
          {state.orders.map((o) => (
            <tr key={o.id}>
              <td>{o.id}</td>
              <td>{o.item}</td>
              <td>{o.dentist}</td>
              <td className="status">{o.status}</td>
              <td>
                <button
                  type="button"
                  disabled={LOCKED.includes(o.status) || o.status === "Voided"}
                  onClick={() => dispatch({ type: "open", id: o.id })}
                >
                  Void
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">Orders already in milling can only be stopped by phone: 0161 555 0192.</p>
      {open && (
        <VoidDialog
          order={open}
          onVoid={(reason) => dispatch({ type: "void", reason })}
          onClose={() => dispatch({ type: "close" })}
        />
      )}
    </section>
  );
}
