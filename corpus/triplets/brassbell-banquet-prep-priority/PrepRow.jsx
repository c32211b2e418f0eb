export default function PrepRow({ task, index, count, onMove }) {
  return (
    <tr className={task.late ? "late" : ""}>
      <td>
        <select aria-label={"Position of " + task.name} value={index + 1} onChange={(e) => onMove(index, Number(e.target.value) - 1)}>
          {Array.from({ length: count }, (_, i) => (
            <option key={i} value={i + 1}>
              {i + 1}
            </option>
          ))}
        </select>
      </td>
      <td>{task.name}</td>
      <td>{task.station}</td>
      <td>{task.minutes} min</td>
      <td>needed {task.neededBy}</td>
      <td className="done">
        done {task.done} {task.late && <strong className="late-flag">LATE</strong>}
      </td>
      <td>
        <button type="button" aria-label={"Raise priority of " + task.name} disabled={index === 0} onClick={() => onMove(index, index - 1)}>
          ▲
        </button>
        <button type="button" aria-label={"Lower priority of " + task.name} disabled={index === count - 1} onClick={() => onMove(index, index + 1)}>
          ▼
        </button>
      </td>
    </tr>
  );
}
