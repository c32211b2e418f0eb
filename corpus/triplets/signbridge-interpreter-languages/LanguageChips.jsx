export default function LanguageChips({ chosen, onRemove }) {
  if (chosen.length === 0) return <p className="hint">No languages added yet.</p>;
  return (
    <ul className="chips" aria-label="Your languages">
      {chosen.map((lang) => (
        <li key={lang} className="chip">
          <span>{lang}</span>
          <button type="button" aria-label={"Remove " + lang} onClick={() => onRemove(lang)}>
            &times;
          </button>
        </li>
      ))}
    </ul>
  );
}
