import { useReducer } from "react";
import { LEADS, describeSchedule, validate } from "./schedule.js";

const initialState = {
  enabled: true,
  sms: true,
  smsLead: "24",
  email: false,
  emailLead: "48",
  recall: true,
  error: "",
  savedAt: null,
};

function reducer(state, action) {
  switch (action.type) {
    case "flip":
      return { ...state, [action.key]: !state[action.key], error: "", savedAt: null };
    case "lead":
      return { ...state, [action.key]: action.value, savedAt: null };
    case "save": {
      const error = validate(state);
      return error ? { ...state, error } : { ...state, error: "", savedAt: action.at };
    }
    default:
      throw new Error("unknown action " + action.type);
  }
}

function LeadSelect({ id, label, value, disabled, onChange }) {
  return (
    <span className="lead">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
        {LEADS.map((l) => (
          <option key={l.value} value={l.value}>
            {l.label}
          </option>
        ))}
      </select>
    </span>
  );
}

export default function ReminderSettings({ clinic = "Brightmoor Dental - Elm Street", clock = "16:05" }) {
  const [state, dispatch] = useReducer(reducer, initialState);
  const flip = (key) => dispatch({ type: "flip", key });
  const off = !state.enabled;

  return (
    <form
      className="reminders"
      onSubmit={(e) => {
        e.preventDefault();
        dispatch({ type: "save", at: clock });
      }}
    >
      <h1>Patient reminders</h1>
      <p className="clinic">{clinic}</p>

      <label className="master">
        <input type="checkbox" checked={state.enabled} onChange={() => flip("enabled")} />
        Send appointment reminders
      </label>

      <fieldset disabled={off}>
        <legend>Channels</legend>
        <div className="channel">
          <label>
            <input type="checkbox" checked={state.sms} onChange={() => flip("sms")} />
            Text message (SMS)
          </label>
          <LeadSelect
            id="sms-lead"
            label="SMS lead time"
            value={state.smsLead}
            disabled={!state.sms}
            onChange={(value) => dispatch({ type: "lead", key: "smsLead", value })}
          />
        </div>
        <div className="channel">
          <label>
            <input type="checkbox" checked={state.email} onChange={() => flip("email")} />
            Email
          </label>
          <LeadSelect
            id="email-lead"
            label="Email lead time"
            value={state.emailLead}
            disabled={!state.email}
            onChange={(value) => dispatch({ type: "lead", key: "emailLead", value })}
          />
        </div>
      </fieldset>

      <label>
        <input type="checkbox" checked={state.recall} onChange={() => flip("recall")} />
        Six-month recall letters
      </label>

      <p className="summary">{describeSchedule(state)}</p>
      {state.error && <p className="error">{state.error}</p>}
      <button type="submit">Save reminder settings</button>
      {state.savedAt && <p role="status">Saved at {state.savedAt}</p>}
    </form>
  );
}
