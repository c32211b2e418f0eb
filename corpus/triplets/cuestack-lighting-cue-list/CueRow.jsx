export default function CueRow({ cue, onDelete }) {
  return (
    <tr className="cue">
      <td className="cue-no">Cue {cue.no}</td>
      <td>{cue.label}</td>
      <td>{cue.fade} s</td>
      <td>
        <button type="button" aria-label={"Delete cue " + cue.no} onClick={() => onDelete(cue.no)}>
          Delete
        </button>
      </td>
    </tr>
  );
}
