export default function ImageRow({ name, isCover, onCover, onRemove }) {
  return (
    <li className={isCover ? "image-row cover" : "image-row"}>
      <span className="file-name">{name}</span>
      {isCover ? (
        <em>cover</em>
      ) : (
        <button type="button" aria-label={`Make ${name} the cover`} onClick={onCover}>
          ☆
        </button>
      )}
      <button type="button" aria-label={`Remove ${name}`} onClick={onRemove}>
        🗑
      </button>
    </li>
  );
}
