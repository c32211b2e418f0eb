export const DOC_TYPES = ["Commercial invoice", "Packing list", "Certificate of origin", "Export licence"];

export default function AttachmentRow({ row, number, onChange, onRemove }) {
  return (
    <div className="attachment-row" data-testid="attachment-row">
      <span className="row-no">#{number}</span>
      <select
        aria-label={`Document type ${number}`}
        value={row.docType}
        onChange={(e) => onChange({ docType: e.target.value })}
      >
        <option value="">Choose type</option>
        {DOC_TYPES.map((t) => (
          <option key={t}>{t}</option>
        ))}
      </select>
      <input
        aria-label={`File name ${number}`}
        value={row.file}
        onChange={(e) => onChange({ file: e.target.value })}
      />
      <button type="button" aria-label={`Remove document ${number}`} onClick={onRemove}>
        ✕
      </button>
    </div>
  );
}
