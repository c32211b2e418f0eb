import { Component } from "react";

const FIELDS = [
  { key: "phone", label: "Phone" },
  { key: "emergency", label: "Emergency contact" },
  { key: "erg", label: "2k erg time" },
];

function checkErg(value) {
  const m = value.trim().match(/^(\d):(\d{2})\.(\d)$/);
  if (!m) return "Use the format m:ss.t, e.g. 7:05.3";
  if (Number(m[2]) >= 60) return "Seconds must be under 60";
  return "";
}

export default class RowerProfile extends Component {
  state = {
    values: { phone: "07700 900431", emergency: "Tom Achebe 07700 900877", erg: "7:12.4" },
    side: "Stroke",
    editing: null,
    draft: "",
    error: "",
    saved: "",
  };

  startEdit(field) {
    this.setState({ editing: field, draft: this.state.values[field], error: "", saved: "" });
  }

  cancel = () => this.setState({ editing: null, error: "" });

  save = () => {
    const { editing, draft, values } = this.state;
    if (editing === "erg") {
      const error = checkErg(draft);
      if (error) {
        this.setState({ error });
        return;
      }
    }
    const label = FIELDS.find((f) => f.key === editing).label;
    this.setState({ values: { ...values, [editing]: draft.trim() }, editing: null, saved: `${label} updated` });
  };

  onKey = (e) => {
    if (e.key === "Enter") this.save();
    if (e.key === "Escape") this.cancel();
  };

  render() {
    const { values, editing, draft, error, saved, side } = this.state;
    return (
      <section className="rower">
        <h1>Riverbend Rowing Club</h1>
        <h2>Mira Castellano - senior women's squad</h2>
        <dl>
          {FIELDS.map((f) => (
            <div className="row" key={f.key}>
              <dt>{f.label}</dt>
              {editing === f.key ? (
                <dd>
                  <input
                    aria-label={f.label}
                    value={draft}
                    autoFocus
                    onChange={(e) => this.setState({ draft: e.target.value })}
                    onKeyDown={this.onKey}
                  />
                  {error && <span className="inline-error">{error}</span>}
                </dd>
              ) : (
                <dd>
                  <span>{values[f.key]}</span>
                  <button aria-label={`Edit ${f.label.toLowerCase()}`} onClick={() => this.startEdit(f.key)}>
                    ✎
                  </button>
                </dd>
              )}
            </div>
          ))}
        </dl>
        <label htmlFor="rp-side">Seat preference</label>
        <select id="rp-side" value={side} onChange={(e) => this.setState({ side: e.target.value })}>
          <option>Stroke</option>
          <option>Bow</option>
          <option>Either side</option>
        </select>
        {saved && <p className="saved">{saved}</p>}
        <p className="hint">Enter saves a field, Esc cancels.</p>
      </section>
    );
  }
}
