import { useReducer } from "react";
import AttachmentRow from "./AttachmentRow.jsx";

let nextId = 3;

const initial = {
  rows: [
    { id: 1, docType: "Commercial invoice", file: "INV-55120.pdf" },
    { id: 2, docType: "", file: "" },
  ],
  problems: null,
};

function reducer(state, action) {
  switch (action.type) {
    case "add":
      return { ...state, rows: [...state.rows, { id: nextId++, docType: "", file: "" }], problems: null };
    case "change":
      return {
        ...state,
        rows: state.rows.map((r) => (r.id === action.id ? { ...r, ...action.patch } : r)),
        problems: null,
      };
    case "remove":
      return { ...state, rows: state.rows.filter((r) => r.id !== action.id), problems: null };
    case "validate": {
      const problems = [];
      const seen = new Set();
      state.rows.forEach((r, i) => {
        const file = r.file.trim();
        if (!r.docType) problems.push(`Row ${i + 1}: choose a document type`);
        if (!file) problems.push(`Row ${i + 1}: file name missing`);
        else if (!file.toLowerCase().endsWith(".pdf")) problems.push(`Row ${i + 1}: customs only accepts PDF files`);
        else if (seen.has(file.toLowerCase())) problems.push(`Row ${i + 1}: ${file} is attached twice`);
        seen.add(file.toLowerCase());
      });
      if (!state.rows.some((r) => r.docType === "Commercial invoice"))
        problems.push("A commercial invoice is required for every declaration");
      return { ...state, problems };
    }
    default:
      return state;
  }
}

export default function DeclarationDocuments({ declaration = "HL-EXP-20931", consignee = "Kaiyo Trading KK, Osaka" }) {
  const [state, dispatch] = useReducer(reducer, initial);

  return (
    <section className="declaration-docs">
      <h1>Harbourline Customs - export declaration {declaration}</h1>
      <p>Consignee: {consignee}</p>
      {state.rows.map((row, i) => (
        <AttachmentRow
          key={row.id}
          row={row}
          number={i + 1}
          onChange={(patch) => dispatch({ type: "change", id: row.id, patch })}
          onRemove={() => dispatch({ type: "remove", id: row.id })}
        />
      ))}
      <div className="actions">
        <button onClick={() => dispatch({ type: "add" })}>Add another document</button>
        <button onClick={() => dispatch({ type: "validate" })}>Check documents</button>
      </div>
      {state.problems && (
        <div data-testid="validation-result">
          {state.problems.length === 0 ? (
            <p>All {state.rows.length} documents are ready for submission.</p>
          ) : (
            <ul>
              {state.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
