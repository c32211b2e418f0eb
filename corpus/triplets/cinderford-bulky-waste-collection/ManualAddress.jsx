export default function ManualAddress({ value, onChange }) {
  return (
    <div className="manual-address">
      <label htmlFor="ma-line1">Building and street</label>
      <input id="ma-line1" value={value.line1} onChange={(e) => onChange({ ...value, line1: e.target.value })} />
      <label htmlFor="ma-town">Town</label>
      <input id="ma-town" value={value.town} onChange={(e) => onChange({ ...value, town: e.target.value })} />
    </div>
  );
}
