const OPTIONS = [1, 2, 3, 4, 5];

export default function StarRadios({ value, onChange }) {
  return (
    <fieldset className="star-radios">
      <legend>Your rating</legend>
      {OPTIONS.map((n) => (
        <input
          key={n}
          type="radio"
          name="rating"
          value={n}
          aria-label={n === 1 ? "1 star" : n + " stars"}
          checked={value === n}
          onChange={() => onChange(n)}
        />
      ))}
      <span className="picked">{value ? value + " of 5" : "No rating yet"}</span>
    </fieldset>
  );
}
