import { Component } from "react";
import TreeNode from "./TreeNode.jsx";
import { LAYOUT, countFaults, faultLabel } from "./layout.js";

function collectFaults(nodes, path = []) {
  return nodes.flatMap((node) => {
    if (!node.children) return node.fault ? [{ point: node.name, where: path.join(" / "), fault: node.fault }] : [];
    return collectFaults(node.children, [...path, node.name]);
  });
}

function FaultBook({ layout }) {
  const faults = collectFaults(layout);
  return (
    <table className="fault-book">
      <caption>Fault book</caption>
      <thead>
        <tr>
          <th>Point</th>
          <th>Location</th>
          <th>Fault</th>
        </tr>
      </thead>
      <tbody>
        {faults.map((f) => (
          <tr key={f.point}>
            <td>{f.point}</td>
            <td>{f.where}</td>
            <td>{f.fault}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default class LayoutTree extends Component {
  static defaultProps = { layout: LAYOUT, club: "Bramley & District Model Railway Club" };

  render() {
    const { layout, club } = this.props;
    const total = layout.reduce((n, section) => n + countFaults(section), 0);

    return (
      <main className="layout">
        <h1>{club}</h1>
        <h2>"Bramley Junction" - points and wiring</h2>
        <p className="summary">Whole layout: {faultLabel(total)} reported</p>

        <ul className="tree">
          {layout.map((section) => (
            <TreeNode key={section.name} node={section} depth={0} />
          ))}
        </ul>

        <FaultBook layout={layout} />

        <section className="howto">
          <h3>Reporting a fault</h3>
          <ol>
            <li>Note the point number painted on the baseboard edge.</li>
            <li>Write it in the fault book by the controller.</li>
            <li>Do not run trains over a faulty point until it is cleared.</li>
          </ol>
        </section>

        <p className="next-op">Next operating session: Saturday, 14:00. Exhibition in April.</p>
      </main>
    );
  }
}
