import { Component } from "react";

export const LEVELS = ["None", "View", "Edit"];

export default class AccessCell extends Component {
  render() {
    const { person, area, level, onChange } = this.props;
    const traineeTill = person.trainee && area === "Till";
    return (
      <td className={"cell level-" + level.toLowerCase()}>
        <select
          aria-label={area + " access for " + person.name}
          value={level}
          onChange={(e) => onChange(person.name, area, e.target.value)}
        >
          {LEVELS.map((l) => (
            <option key={l} value={l} disabled={l === "Edit" && traineeTill}>
              {l}
            </option>
          ))}
        </select>
      </td>
    );
  }
}
