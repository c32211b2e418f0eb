import { Component } from "react";
import SwitchRow from "./SwitchRow.jsx";

const SENSORS = [
  { id: "frost", label: "Frost alarm", hint: "Pages the night grower below 2 °C" },
  { id: "humidity", label: "Low humidity alert", hint: "Misting bay 3 and 4" },
  { id: "co2", label: "CO2 spike alert", hint: "Above 1500 ppm for 10 minutes" },
  { id: "door", label: "Vent door left open", hint: "After sunset only" },
];

const STORED = { frost: true, humidity: false, co2: false, door: true, minHumidity: 45 };

export default class GreenhouseAlerts extends Component {
  static defaultProps = { house: "Glasshouse B - tomatoes" };

  constructor(props) {
    super(props);
    this.state = { saved: { ...STORED }, draft: { ...STORED }, notice: "" };
    this.toggle = this.toggle.bind(this);
  }

  toggle(id) {
    this.setState((s) => ({ draft: { ...s.draft, [id]: !s.draft[id] }, notice: "" }));
  }

  setHumidity(value) {
    this.setState((s) => ({ draft: { ...s.draft, minHumidity: value }, notice: "" }));
  }

  isDirty() {
    const { saved, draft } = this.state;
    return Object.keys(saved).some((k) => String(saved[k]) !== String(draft[k]));
  }

  save() {
    const active = SENSORS.filter((s) => this.state.draft[s.id]).length;
    this.setState((s) => ({
      saved: { ...s.draft },
      notice: "Saved. " + active + (active === 1 ? " alert" : " alerts") + " active",
    }));
  }

  discard() {
    this.setState((s) => ({ draft: { ...s.saved }, notice: "" }));
  }

  render() {
    const { draft, notice } = this.state;
    const dirty = this.isDirty();
    return (
      <section className="alerts-panel">
        <h2>Sensor alerts</h2>
        <p className="house">{this.props.house}</p>
        {SENSORS.map((s) => (
          <SwitchRow key={s.id} {...s} on={draft[s.id]} onToggle={this.toggle} />
        ))}

        <label htmlFor="min-humidity">Minimum humidity (%)</label>
        <input
          id="min-humidity"
          type="number"
          min="20"
          max="90"
          value={draft.minHumidity}
          disabled={!draft.humidity}
          onChange={(e) => this.setHumidity(e.target.value)}
        />

        <div className="actions">
          <button type="button" disabled={!dirty} onClick={() => this.discard()}>
            Discard changes
          </button>
          <button type="button" disabled={!dirty} onClick={() => this.save()}>
            Save alerts
          </button>
        </div>
        {notice && <p className="notice">{notice}</p>}
      </section>
    );
  }
}
