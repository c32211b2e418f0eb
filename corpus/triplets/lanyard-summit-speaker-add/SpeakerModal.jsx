import { Component } from "react";

const TRACKS = ["Infrastructure", "Product", "Security", "Data"];
const TITLE_MAX = 60;

export default class SpeakerModal extends Component {
  state = { name: "", title: "", track: TRACKS[0], error: "" };

  submit = (event) => {
    event.preventDefault();
    const name = this.state.name.trim();
    if (!name) {
      this.setState({ error: "Name is required" });
      return;
    }
    if (this.props.existingNames.includes(name.toLowerCase())) {
      this.setState({ error: `${name} is already on the programme` });
      return;
    }
    this.props.onAdd({ name, title: this.state.title.trim() || "TBC", track: this.state.track });
  };

  render() {
    const { onClose } = this.props;
    const { name, title, track, error } = this.state;
    return (
      <div className="scrim">
        <form className="modal" role="dialog" aria-label="New speaker" onSubmit={this.submit}>
          <button type="button" className="x" aria-label="Close" onClick={onClose}>
            ×
          </button>
          <h2>New speaker</h2>
          <input placeholder="Full name" value={name} onChange={(e) => this.setState({ name: e.target.value })} />
          <input
            placeholder="Talk title"
            maxLength={TITLE_MAX}
            value={title}
            onChange={(e) => this.setState({ title: e.target.value })}
          />
          <span className="char-count">
            {title.length}/{TITLE_MAX}
          </span>
          <select aria-label="Track" value={track} onChange={(e) => this.setState({ track: e.target.value })}>
            {TRACKS.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
          {error && <span className="error">{error}</span>}
          <button type="submit">Add speaker</button>
        </form>
      </div>
    );
  }
}
