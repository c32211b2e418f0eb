export default function FieldError({ message }) {
  if (!message) return null;
  return <p className="field-error">{message}</p>;
}
