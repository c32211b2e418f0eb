import { useRef } from "react";
import { DOC_TYPES, useUploads } from "./UploadContext.jsx";

export default function AttachForm() {
  const { state, dispatch } = useUploads();
  const nameRef = useRef(null);
  const typeRef = useRef(null);

  function attach(e) {
    e.preventDefault();
    dispatch({ type: "attach", name: nameRef.current.value.trim(), docType: typeRef.current.value });
  }

  return (
    <form className="attach" onSubmit={attach}>
      <label htmlFor="pd-file">File name</label>
      <input id="pd-file" ref={nameRef} placeholder="e.g. site-plan-rev-c.pdf" />
      <label htmlFor="pd-type">Document type</label>
      <select id="pd-type" ref={typeRef} defaultValue="site">
        {DOC_TYPES.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
      <button type="submit">Attach</button>
      {state.message && <p className={state.ok ? "attach-ok" : "attach-error"}>{state.message}</p>}
    </form>
  );
}
