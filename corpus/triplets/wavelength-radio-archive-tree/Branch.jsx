import { useExpand } from "./ExpandContext.jsx";

export function recordingCount(node) {
  if (node.recordings) return node.recordings.length;
  return node.decades.reduce((n, d) => n + recordingCount(d), 0);
}

export default function Branch({ node, level }) {
  const { isOpen, toggle } = useExpand();
  const open = isOpen(node.id);
  const children = node.decades || null;

  return (
    <li className={"level-" + level}>
      <button type="button" aria-expanded={open} onClick={() => toggle(node.id)}>
        {node.label}
      </button>
      <span className="count">({recordingCount(node)})</span>
      {open && children && (
        <ul aria-label={node.label + " decades"}>
          {children.map((d) => (
            <Branch key={d.id} node={d} level={level + 1} />
          ))}
        </ul>
      )}
      {open && node.recordings && (
        <ul className="recordings">
          {node.recordings.map((r) => (
            <li key={r.title} className="recording">
              {r.title}
              {!r.digitised && <em> Not digitised - request a transfer</em>}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
