import AttachForm from "./AttachForm.jsx";
import { DOC_TYPES, UploadProvider, useUploads } from "./UploadContext.jsx";

function DocumentChecklist() {
  const { state } = useUploads();
  return (
    <table className="checklist">
      <thead>
        <tr>
          <th scope="col">Document</th>
          <th scope="col">File</th>
        </tr>
      </thead>
      <tbody>
        {DOC_TYPES.map((t) => {
          const doc = state.docs.find((d) => d.docType === t.id);
          return (
            <tr key={t.id}>
              <th scope="row">{t.name}</th>
              <td>{doc ? doc.name : "missing"}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function SubmitBar({ reference }) {
  const { state, dispatch } = useUploads();
  const count = state.docs.length;
  if (state.submitted) {
    return (
      <p className="submitted">
        Submission {reference} sent to the planning portal with {count} documents.
      </p>
    );
  }
  return (
    <div className="submit-bar">
      <span className="doc-count">
        {count} of {DOC_TYPES.length} documents
      </span>
      <button onClick={() => dispatch({ type: "submit" })} disabled={count < DOC_TYPES.length}>
        Submit to planning portal
      </button>
    </div>
  );
}

export default function PlanningDocuments({ reference = "RLS-24-0173", site = "Land east of Mill Lane, Upper Avon" }) {
  return (
    <UploadProvider>
      <main className="planning-docs">
        <h1>Ridgeway Land Surveys</h1>
        <h2>Planning documents - {reference}</h2>
        <p className="site">Site: {site}</p>
        <p className="rules">
          One file per document type; attaching a second file of the same type replaces the first. No spaces or
          # &amp; % in file names (the council portal rejects them).
        </p>
        <AttachForm />
        <DocumentChecklist />
        <SubmitBar reference={reference} />
      </main>
    </UploadProvider>
  );
}
