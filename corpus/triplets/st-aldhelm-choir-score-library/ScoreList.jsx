import { useLibrary } from "./LibraryContext.jsx";

export default function ScoreList() {
  const { results } = useLibrary();

  if (results.length === 0) {
    return <p data-testid="no-scores">Not in the library. Try the diocesan loan scheme.</p>;
  }

  return (
    <table className="scores">
      <thead>
        <tr>
          <th>Title</th>
          <th>Composer</th>
          <th>Voicing</th>
          <th>Copies</th>
        </tr>
      </thead>
      <tbody>
        {results.map((s) => (
          <tr key={s.shelf} data-testid="score-row">
            <td data-testid="score-title">{s.title}</td>
            <td>{s.composer}</td>
            <td>{s.voicing}</td>
            <td>{s.copies === 0 ? "All copies on loan" : s.copies}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
