import { useReducer } from "react";
import { checkAttachment, totalLine } from "./attachmentRules.js";

const initial = {
  name: "",
  size: "",
  error: "",
  files: [{ name: "chain-of-custody-HB2291.pdf", size: 1.2, kind: "Custody form" }],
};

function reducer(state, action) {
  switch (action.type) {
    case "name":
      return { ...state, name: action.value, error: "" };
    case "size":
      return { ...state, size: action.value, error: "" };
    case "add": {
      const error = checkAttachment(state.files, state.name, state.size);
      if (error) return { ...state, error };
      const file = { name: state.name.trim(), size: Number(state.size), kind: action.kind };
      return { ...state, files: [...state.files, file], name: "", size: "", error: "" };
    }
    case "remove":
      return { ...state, files: state.files.filter((f, i) => i !== action.index) };
    default:
      return state;
  }
}

export default function ManifestAttachments({ manifestId = "HB-2291" }) {
  const [state, dispatch] = useReducer(reducer, initial);

  return (
    <section className="manifest-files">
      <h1>Manifest {manifestId} - attachments</h1>
      <p className="hint">
        Attach the sample sheet and any temperature logs. The files themselves are sent by the courier app; here
        you only list what goes in the box.
      </p>

      <div className="add-file">
        <label htmlFor="file-name">File name</label>
        <input
          id="file-name"
          value={state.name}
          onChange={(e) => dispatch({ type: "name", value: e.target.value })}
        />
        <label htmlFor="file-size">Size (MB)</label>
        <input
          id="file-size"
          inputMode="decimal"
          value={state.size}
          onChange={(e) => dispatch({ type: "size", value: e.target.value })}
        />
        <button onClick={() => dispatch({ type: "add", kind: "Attachment" })}>Add file</button>
      </div>
      {state.error && <p className="add-error">{state.error}</p>}

      <table>
        <thead>
          <tr>
            <th>File</th>
            <th>Size</th>
            <th>Type</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {state.files.map((f, i) => (
            <tr key={f.name}>
              <td>{f.name}</td>
              <td>{f.size.toFixed(1)} MB</td>
              <td>{f.kind}</td>
              <td>
                <button aria-label={`Remove ${f.name}`} onClick={() => dispatch({ type: "remove", index: i })}>
                  ✕
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="total">{totalLine(state.files)}</p>
    </section>
  );
}
