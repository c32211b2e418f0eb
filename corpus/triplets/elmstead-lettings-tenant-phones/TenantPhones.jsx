import { useReducer } from "react";
import { normalizeMobile, PHONE_HINT } from "./phone.js";

const TENANTS = [
  { id: 1, flat: "Flat 1", name: "Priya Raman", phone: "07700 900456", since: "Mar 2021" },
  { id: 2, flat: "Flat 2", name: "Owen Batt", phone: "07700 900781", since: "Aug 2022" },
  { id: 3, flat: "Flat 3", name: "Lucía Ferrer", phone: "07700 900311", since: "Jan 2024" },
  { id: 4, flat: "Flat 4", name: "Geraint Howells", phone: "07700 900902", since: "Oct 2019" },
];

const init = { tenants: TENANTS, editingId: null, draft: "", error: "", saved: "" };

function reducer(state, action) {
  switch (action.type) {
    case "edit": {
      const t = state.tenants.find((x) => x.id === action.id);
      return { ...state, editingId: t.id, draft: t.phone, error: "", saved: "" };
    }
    case "type":
      return { ...state, draft: action.value };
    case "cancel":
      return { ...state, editingId: null, draft: "", error: "" };
    case "save": {
      const phone = normalizeMobile(state.draft);
      if (!phone) return { ...state, error: PHONE_HINT };
      const tenants = state.tenants.map((t) => (t.id === state.editingId ? { ...t, phone } : t));
      const who = tenants.find((t) => t.id === state.editingId);
      return { ...init, tenants, saved: "Phone updated for " + who.name + " (" + who.flat + ")" };
    }
    default:
      return state;
  }
}

export default function TenantPhones({ building = "Elmstead Court, 22 Mill Road" }) {
  const [state, dispatch] = useReducer(reducer, init);

  return (
    <section className="tenants">
      <h1>Tenant contacts</h1>
      <p className="building">{building}</p>
      <table>
        <thead>
          <tr>
            <th>Flat</th>
            <th>Tenant</th>
            <th>Mobile</th>
            <th>Tenant since</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {state.tenants.map((t) => {
            const editing = state.editingId === t.id;
            return (
              <tr key={t.id}>
                <td>{t.flat}</td>
                <td>{t.name}</td>
                <td>
                  {editing ? (
                    <>
                      <input
                        aria-label={"Mobile for " + t.name}
                        value={state.draft}
                        onChange={(e) => dispatch({ type: "type", value: e.target.value })}
                      />
                      {state.error && <p className="field-error">{state.error}</p>}
                    </>
                  ) : (
                    t.phone
                  )}
                </td>
                <td>{t.since}</td>
                <td>
                  {editing ? (
                    <>
                      <button type="button" onClick={() => dispatch({ type: "save" })}>
                        Save
                      </button>
                      <button type="button" onClick={() => dispatch({ type: "cancel" })}>
                        Cancel
                      </button>
                    </>
                  ) : (
                    <button type="button" onClick={() => dispatch({ type: "edit", id: t.id })}>
                      Edit
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {state.saved && <p className="saved">{state.saved}</p>}
      <p className="gdpr">Numbers are only used for repair appointments and emergencies.</p>
    </section>
  );
}
