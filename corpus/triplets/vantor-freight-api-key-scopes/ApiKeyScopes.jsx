import { useRef, useState } from "react";
import { RESOURCES, emptyGrants, setAccess, scopeList, readOnly } from "./scopes.js";

export default function ApiKeyScopes({ account = "Vantor Freight - EU tenant", prefix = "vfk_live_" }) {
  const nameRef = useRef(null);
  const [grants, setGrants] = useState(() => {
    const g = emptyGrants();
    g.tracking.read = true;
    return g;
  });
  const [error, setError] = useState("");
  const [created, setCreated] = useState(null);

  function change(id, level, on) {
    setGrants((g) => setAccess(g, id, level, on));
  }

  function create() {
    const name = nameRef.current.value;
    if (!name.trim()) {
      setError("Give the key a name");
      setCreated(null);
      return;
    }
    const scopes = scopeList(grants);
    setError("");
    setCreated({ name: name.trim(), scopes });
  }

  return (
    <section className="api-keys">
      <h1>New API key</h1>
      <p className="account">{account}</p>

      <label htmlFor="key-name">Key name</label>
      <input id="key-name" ref={nameRef} defaultValue="" autoComplete="off" />
      {error && <span className="error">{error}</span>}

      <table className="scopes">
        <thead>
          <tr>
            <th>Resource</th>
            <th>Read</th>
            <th>Write</th>
          </tr>
        </thead>
        <tbody>
          {RESOURCES.map((r) => (
            <tr key={r.id}>
              <td>{r.label}</td>
              <td>
                <input
                  type="checkbox"
                  aria-label={"Read " + r.label}
                  checked={grants[r.id].read}
                  disabled={grants[r.id].write}
                  onChange={(e) => change(r.id, "read", e.target.checked)}
                />
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={"Write " + r.label}
                  checked={grants[r.id].write}
                  onChange={(e) => change(r.id, "write", e.target.checked)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <div className="presets">
        <button type="button" onClick={() => setGrants(readOnly())}>
          Read-only preset
        </button>
        <button type="button" onClick={() => setGrants(emptyGrants())}>
          Clear all
        </button>
      </div>

      <button type="button" className="primary" onClick={create}>
        Create key
      </button>

      {created && (
        <div className="created">
          <p data-testid="key-summary">
            Key "{created.name}" created with {created.scopes.length} {created.scopes.length === 1 ? "scope" : "scopes"}
          </p>
          <code data-testid="scope-string">{created.scopes.join(" ") || "(no scopes)"}</code>
          <p className="secret">{prefix}••••••••••••3f9a</p>
        </div>
      )}
    </section>
  );
}
