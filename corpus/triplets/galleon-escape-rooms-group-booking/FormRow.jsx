export default function FormRow({ testId, error, children }) {
  return (
    <div className={error ? "form-row has-error" : "form-row"}>
      {children}
      {error && (
        <span className="row-error" data-testid={testId}>
          {error}
        </span>
      )}
    </div>
  );
}
