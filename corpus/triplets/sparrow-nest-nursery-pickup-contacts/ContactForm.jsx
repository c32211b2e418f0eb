const RELATIONSHIPS = ["Parent", "Grandparent", "Aunt or uncle", "Childminder", "Family friend"];

export default function ContactForm({ draft, errors, dispatch }) {
  const set = (field) => (e) => dispatch({ type: "edit", field, value: e.target.value });

  return (
    <div className="modal-bg">
      <div role="dialog" aria-modal="true" aria-labelledby="contact-h" className="modal">
        <h2 id="contact-h">Add pickup contact</h2>
        <label htmlFor="c-name">Full name</label>
        <input id="c-name" value={draft.name} onChange={set("name")} />
        {errors.name && <span className="err">{errors.name}</span>}

        <label htmlFor="c-rel">Relationship to child</label>
        <select id="c-rel" value={draft.relationship} onChange={set("relationship")}>
          {RELATIONSHIPS.map((r) => (
            <option key={r}>{r}</option>
          ))}
        </select>

        <label htmlFor="c-phone">Mobile</label>
        <input id="c-phone" placeholder="07700 900123" value={draft.phone} onChange={set("phone")} />
        {errors.phone && <span className="err">{errors.phone}</span>}

        <label htmlFor="c-word">Password word</label>
        <input id="c-word" type="password" value={draft.word} onChange={set("word")} />

        <div className="actions">
          <button type="button" onClick={() => dispatch({ type: "close" })}>
            Cancel
          </button>
          <button type="button" onClick={() => dispatch({ type: "save" })}>
            Save contact
          </button>
        </div>
      </div>
    </div>
  );
}
