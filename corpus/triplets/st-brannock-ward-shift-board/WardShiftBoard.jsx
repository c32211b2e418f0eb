import { useReducer } from "react";

const MIN_ON_DUTY = 2;
const COLUMNS = ["On duty", "On break", "Off"];

const STAFF = [
  { id: "n1", name: "Sr. Aoife Brennan", grade: "Band 7", state: "On duty" },
  { id: "n2", name: "Kwame Asante", grade: "Band 5", state: "On duty" },
  { id: "n3", name: "Lena Fischer", grade: "Band 5", state: "On duty" },
  { id: "n4", name: "Marco Rossi", grade: "HCA", state: "On break" },
  { id: "n5", name: "Joy Mbeki", grade: "Band 6", state: "Off" },
];

function reducer(staff, action) {
  const set = (state) => staff.map((s) => (s.id === action.id ? { ...s, state } : s));
  switch (action.type) {
    case "break":
      return set("On break");
    case "back":
      return set("On duty");
    case "signOff":
      return set("Off");
    case "signOn":
      return set("On duty");
    default:
      return staff;
  }
}

function actionsFor(person, onDuty) {
  const canLeave = onDuty > MIN_ON_DUTY;
  if (person.state === "On duty")
    return [
      { type: "break", label: "Start break", disabled: !canLeave },
      { type: "signOff", label: "Sign off", disabled: !canLeave },
    ];
  if (person.state === "On break") return [{ type: "back", label: "End break", disabled: false }];
  return [{ type: "signOn", label: "Sign on", disabled: false }];
}

export default function WardShiftBoard({ ward = "Ward 4 - Acute Medical", shift = "Night shift 20:00-08:00" }) {
  const [staff, dispatch] = useReducer(reducer, STAFF);
  const count = (col) => staff.filter((s) => s.state === col).length;
  const onDuty = count("On duty");

  return (
    <div className="shift-board">
      <header>
        <h1>{ward}</h1>
        <p>{shift}</p>
        <p className="totals">
          On duty {onDuty} · On break {count("On break")} · Off {count("Off")}
        </p>
        {onDuty <= MIN_ON_DUTY && <p className="staffing">Minimum staffing: {MIN_ON_DUTY} on duty</p>}
      </header>

      <div className="lanes">
        {COLUMNS.map((col) => (
          <section key={col} className="lane">
            <h2>{col}</h2>
            <ul>
              {staff
                .filter((s) => s.state === col)
                .map((s) => (
                  <li key={s.id} className="staff-card">
                    <strong>{s.name}</strong> <span className="grade">{s.grade}</span>
                    <div className="card-buttons">
                      {actionsFor(s, onDuty).map((a) => (
                        <button key={a.type} type="button" disabled={a.disabled} onClick={() => dispatch({ type: a.type, id: s.id })}>
                          {a.label}
                        </button>
                      ))}
                    </div>
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
