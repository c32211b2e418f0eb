import { useRef, useState } from "react";

const LIMIT = 80;

export default function NoteEditor({ target, onSave, onClose }) {
  const ref = useRef(null);
  const [length, setLength] = useState(target.note.length);

  return (
    <div className="note-editor">
      <label htmlFor={"note-" + target.id}>Note for {target.name}</label>
      <textarea
        id={"note-" + target.id}
        ref={ref}
        defaultValue={target.note}
        maxLength={LIMIT}
        rows={2}
        onInput={(e) => setLength(e.currentTarget.value.length)}
      />
      <span className="chars">
        {length} / {LIMIT}
      </span>
      <button type="button" onClick={() => onSave(target.id, ref.current.value.trim())}>
        Save note
      </button>
      <button type="button" onClick={onClose}>
        Discard
      </button>
    </div>
  );
}
