export default function OptionRow({ option, mine, canVote, onVote }) {
  return (
    <tr className={mine ? "option-row mine" : "option-row"}>
      <td>{option.name}</td>
      <td className="votes">{option.votes}</td>
      <td>
        {mine ? <em>Your pick</em> : canVote && <button onClick={() => onVote(option.name)}>Vote</button>}
      </td>
    </tr>
  );
}
