import { Component } from "react";

const LIMIT = 250;
const WHEN = ["Mostly at night (23:00-07:00)", "Daytime", "Weekends only", "It varies"];

const BLANK = {
  name: "",
  location: "",
  when: WHEN[0],
  description: "",
  problems: [],
  sent: false,
};

export default class NoiseReport extends Component {
  constructor(props) {
    super(props);
    this.state = { ...BLANK };
    this.onField = this.onField.bind(this);
    this.onSubmit = this.onSubmit.bind(this);
    this.another = this.another.bind(this);
  }

  onField(e) {
    this.setState({ [e.target.name]: e.target.value });
  }

  onSubmit(e) {
    e.preventDefault();
    const problems = [];
    const length = this.state.description.length;
    if (!this.state.location.trim()) problems.push("Tell us where the noise is coming from");
    if (length === 0) problems.push("Describe the noise in a few words");
    if (length > LIMIT) problems.push(`Keep the description under ${LIMIT} characters`);
    this.setState({ problems, sent: problems.length === 0 });
  }

  another() {
    this.setState({ location: "", description: "", problems: [], sent: false });
  }

  render() {
    const length = this.state.description.length;
    const over = length - LIMIT;

    if (this.state.sent) {
      return (
        <div className="report-sent">
          <h2>Report received</h2>
          <p>
            Thank you{this.state.name.trim() ? `, ${this.state.name.trim()}` : ""}. An environmental health officer
            will contact you within 5 working days.
          </p>
          <button onClick={this.another}>Report another problem</button>
        </div>
      );
    }

    return (
      <form className="noise-report" onSubmit={this.onSubmit} noValidate>
        <h1>Stonebridge Borough Council - report a noise problem</h1>
        {this.state.problems.length > 0 && (
          <div role="alert" className="problem-summary">
            <strong>There is a problem</strong>
            <ul>
              {this.state.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
        <label>
          Your name (optional)
          <input name="name" value={this.state.name} onChange={this.onField} />
        </label>
        <label>
          Where is the noise coming from?
          <input name="location" value={this.state.location} onChange={this.onField} />
        </label>
        <label>
          When does it happen?
          <select name="when" value={this.state.when} onChange={this.onField}>
            {WHEN.map((w) => (
              <option key={w}>{w}</option>
            ))}
          </select>
        </label>
        <label>
          Describe the noise
          <textarea name="description" rows={6} value={this.state.description} onChange={this.onField} />
        </label>
        <span className="char-count">
          {length} / {LIMIT}
        </span>
        {over > 0 && <span className="char-over">Please shorten the description by {over} characters</span>}
        <button type="submit">Send report</button>
      </form>
    );
  }
}
