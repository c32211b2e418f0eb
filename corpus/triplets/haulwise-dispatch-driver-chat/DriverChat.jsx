import { Component } from "react";
import { segments, SMS_LIMIT, fillTemplate, TEMPLATES } from "./sms.js";

const DRIVER = { unit: "Truck 14", name: "Dario Reyes", phone: "+34 611 204 887", depot: "Depot North" };

const LOG = [
  { id: 1, dir: "out", text: "Load 88-214 ready at bay 6.", status: "Delivered" },
  { id: 2, dir: "in", text: "On my way, 25 min.", status: "" },
];

export default class DriverChat extends Component {
  static defaultProps = { driver: DRIVER, log: LOG };

  state = { messages: this.props.log, draft: "", template: "" };

  onTemplate = (e) => {
    const id = e.target.value;
    const tpl = TEMPLATES.find((t) => t.id === id);
    this.setState({ template: id, draft: tpl ? fillTemplate(tpl.text, this.props.driver) : this.state.draft });
  };

  onDraft = (e) => this.setState({ draft: e.target.value });

  send = () => {
    const text = this.state.draft.trim();
    if (!text) return;
    this.setState((s) => ({
      messages: [...s.messages, { id: s.messages.length + 1, dir: "out", text, status: "Queued" }],
      draft: "",
      template: "",
    }));
  };

  render() {
    const { driver } = this.props;
    const { messages, draft, template } = this.state;
    const length = draft.length;
    const parts = segments(length);

    return (
      <div className="dispatch">
        <h1>
          {driver.unit} - {driver.name}
        </h1>
        <p className="phone">SMS to {driver.phone}</p>

        <ol className="sms-log">
          {messages.map((m) => (
            <li key={m.id} className={m.dir === "out" ? "sms out" : "sms in"}>
              <span className="sms-text">{m.text}</span>
              {m.status && <span className="sms-status"> {m.status}</span>}
            </li>
          ))}
        </ol>

        <label htmlFor="tpl">Template</label>
        <select id="tpl" value={template} onChange={this.onTemplate}>
          <option value="">- none -</option>
          {TEMPLATES.map((t) => (
            <option key={t.id} value={t.id}>
              {t.label}
            </option>
          ))}
        </select>

        <label htmlFor="sms">Message to driver</label>
        <textarea id="sms" value={draft} onChange={this.onDraft} rows={3} />
        <div className="meter">
          <span className="chars">
            {length}/{SMS_LIMIT}
          </span>{" "}
          <span className="parts">{parts === 1 ? "1 SMS" : parts + " SMS"}</span>
        </div>
        <button onClick={this.send} disabled={!draft.trim()}>
          Send SMS
        </button>
      </div>
    );
  }
}
