// Wraps the first occurrence of `term` in <mark>, ignoring case.
export default function Highlight({ text, term }) {
  const t = term.trim();
  if (!t) return <>{text}</>;
  const at = text.toLowerCase().indexOf(t.toLowerCase());
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <mark>{text.slice(at, at + t.length)}</mark>
      {text.slice(at + t.length)}
    </>
  );
}
