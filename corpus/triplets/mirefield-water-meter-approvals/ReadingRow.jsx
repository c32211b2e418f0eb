import { useSelection } from "./SelectionContext.jsx";

export default function ReadingRow({ reading }) {
  const { isSelected, toggle } = useSelection();
  const used = reading.current - reading.previous;
  return (
    <tr>
      <td>
        <input
          type="checkbox"
          aria-label={"Select " + reading.id}
          disabled={reading.status !== "Pending"}
          checked={isSelected(reading.id)}
          onChange={() => toggle(reading.id)}
        />
      </td>
      <td>{reading.id}</td>
      <td>{reading.address}</td>
      <td>{reading.previous}</td>
      <td>{reading.current}</td>
      <td>{used} m&sup3;</td>
      <td className="reading-status">{reading.status}</td>
    </tr>
  );
}
