import { Component } from "react";

export default class FeatureChip extends Component {
  render() {
    const { name, onRemove } = this.props;
    return (
      <span className="feature-chip">
        {name}
        <button type="button" aria-label={"Remove " + name} onClick={() => onRemove(name)}>
          ×
        </button>
      </span>
    );
  }
}
