import { Component } from "react";
import { countFaults, faultLabel } from "./layout.js";

export default class TreeNode extends Component {
  state = { open: false };

  toggle = () => this.setState((s) => ({ open: !s.open }));

  render() {
    const { node, depth } = this.props;

    if (!node.children) {
      return (
        <li className="point">
          Point {node.name} - {node.fault ? `fault: ${node.fault}` : "working"}
        </li>
      );
    }

    const faults = countFaults(node);
    return (
      <li className={"branch depth-" + depth}>
        <button
          type="button"
          className="twisty"
          aria-label={(this.state.open ? "Collapse " : "Expand ") + node.name}
          aria-expanded={this.state.open}
          onClick={this.toggle}
        >
          {this.state.open ? "\u2212" : "+"}
        </button>
        <span className="node-name">{node.name}</span>
        {faults > 0 && <span className="badge">{faultLabel(faults)}</span>}
        {this.state.open && (
          <ul>
            {node.children.map((child) => (
              <TreeNode key={child.name} node={child} depth={depth + 1} />
            ))}
          </ul>
        )}
      </li>
    );
  }
}
