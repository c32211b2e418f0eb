import { useReducer } from "react";

const WARDS = ["ICU", "Maternity", "Ward 7B", "A&E"];
const GROUPS = ["Agency nurses", "Junior doctors", "Porters", "Pharmacists"];

const initialState = {
  grants: {
    "Agency nurses": ["Ward 7B", "A&E"],
    "Junior doctors": ["ICU", "Maternity", "Ward 7B", "A&E"],
    Porters: ["A&E"],
    Pharmacists: ["ICU", "Ward 7B"],
  },
  locked: [],
};

function reducer(state, action) {
  const { grants, locked } = state;
  switch (action.type) {
    case "toggle": {
      const row = grants[action.group];
      const next = row.includes(action.ward) ? row.filter((w) => w !== action.ward) : [...row, action.ward];
      return { ...state, grants: { ...grants, [action.group]: next } };
    }
    case "grantAll":
      return {
        ...state,
        grants: { ...grants, [action.group]: WARDS.filter((w) => !locked.includes(w)) },
      };
    case "lockdown": {
      const ward = WARDS[action.index];
      const cleared = {};
      for (const g of GROUPS) cleared[g] = grants[g].filter((w) => w !== ward);
      return { grants: cleared, locked: [...locked, ward] };
    }
    default:
      return state;
  }
}

function totalGrants(grants) {
  return GROUPS.reduce((sum, g) => sum + grants[g].length, 0);
}

export default function WardBadgeAccess({ site = "Marrowgate General - North wing" }) {
  const [state, dispatch] = useReducer(reducer, initialState);
  const { grants, locked } = state;

  return (
    <div className="ward-access">
      <h1>Ward badge access</h1>
      <p>
        {site} <span className="grant-count">Badge grants: {totalGrants(grants)}</span>
      </p>

      <table>
        <thead>
          <tr>
            <th>Staff group</th>
            {WARDS.map((w, i) => (
              <th key={w}>
                {w}
                <button
                  type="button"
                  className="lockdown"
                  aria-label={"Lock down " + w}
                  disabled={locked.includes(w)}
                  onClick={() => dispatch({ type: "lockdown", index: i })}
                >
                  🔒
                </button>
              </th>
            ))}
            <th />
          </tr>
        </thead>
        <tbody>
          {GROUPS.map((g) => (
            <tr key={g}>
              <th scope="row">{g}</th>
              {WARDS.map((w) => {
                const on = grants[g].includes(w);
                return (
                  <td key={w}>
                    <button
                      type="button"
                      aria-label={g + " in " + w}
                      aria-pressed={on}
                      disabled={locked.includes(w)}
                      onClick={() => dispatch({ type: "toggle", group: g, ward: w })}
                    >
                      {on ? "✓" : "—"}
                    </button>
                  </td>
                );
              })}
              <td>
                <button type="button" aria-label={"Grant " + g + " every ward"} onClick={() => dispatch({ type: "grantAll", group: g })}>
                  All
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      {locked.length > 0 && <p className="locked-note">Locked down: {locked.join(", ")}. No badge opens these doors.</p>}
    </div>
  );
}
