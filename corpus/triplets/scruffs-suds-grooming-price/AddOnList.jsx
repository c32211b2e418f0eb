import { ADD_ONS, cad } from "./groomPrice.js";

export default function AddOnList({ selected, onToggle }) {
  return (
    <fieldset className="add-ons">
      <legend>Extras</legend>
      {ADD_ONS.map((a) => (
        <label key={a.id}>
          <input type="checkbox" checked={selected.includes(a.id)} onChange={() => onToggle(a.id)} />
          {a.label} ({cad(a.price)})
        </label>
      ))}
    </fieldset>
  );
}
