const NATIONALITIES = ["Portuguese", "Spanish", "German", "Brazilian", "Canadian", "Japanese"];

export default function GuestCard({ number, guest, onChange, onCopy }) {
  const field = (key) => ({
    id: `g${number}-${key}`,
    value: guest[key],
    onChange: (e) => onChange({ [key]: e.target.value }),
  });
  return (
    <fieldset className="guest-card">
      <legend>Guest {number}</legend>
      <label htmlFor={`g${number}-name`}>Full name</label>
      <input {...field("name")} />
      <label htmlFor={`g${number}-nationality`}>Nationality</label>
      <select {...field("nationality")}>
        {NATIONALITIES.map((n) => (
          <option key={n}>{n}</option>
        ))}
      </select>
      <label htmlFor={`g${number}-doc`}>Passport or ID number</label>
      <input {...field("doc")} />
      <label htmlFor={`g${number}-street`}>Home street and number</label>
      <input {...field("street")} />
      <label htmlFor={`g${number}-city`}>Home city</label>
      <input {...field("city")} />
      <label htmlFor={`g${number}-country`}>Home country</label>
      <input {...field("country")} />
      {onCopy && (
        <button type="button" onClick={onCopy}>
          Copy address from guest 1
        </button>
      )}
    </fieldset>
  );
}
