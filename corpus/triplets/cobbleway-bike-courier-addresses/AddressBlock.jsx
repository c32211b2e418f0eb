export default function AddressBlock({ title, value, onChange }) {
  const id = title.toLowerCase().replace(/[^a-z]+/g, "-");
  return (
    <fieldset className="address-block">
      <legend>{title}</legend>
      <label htmlFor={`${id}-contact`}>Contact name</label>
      <input id={`${id}-contact`} value={value.contact} onChange={(e) => onChange({ contact: e.target.value })} />
      <label htmlFor={`${id}-street`}>Street address</label>
      <input id={`${id}-street`} value={value.street} onChange={(e) => onChange({ street: e.target.value })} />
      <label htmlFor={`${id}-postcode`}>Postcode</label>
      <input id={`${id}-postcode`} value={value.postcode} onChange={(e) => onChange({ postcode: e.target.value })} />
    </fieldset>
  );
}
