import { Component } from "react";

// One alert line: a switch button followed by its description.
export default class SwitchRow extends Component {
  render() {
    const { id, label, hint, on, onToggle } = this.props;
    return (
      <div className="switch-row">
        <button
          type="button"
          role="switch"
          id={id}
          aria-checked={on ? "true" : "false"}
          aria-labelledby={id + "-label"}
          className={on ? "switch on" : "switch"}
          onClick={() => onToggle(id)}
        >
          <span className="knob" />
        </button>
        <div>
          <span id={id + "-label"}>{label}</span>
          <small>{hint}</small>
        </div>
      </div>
    );
  }
}
