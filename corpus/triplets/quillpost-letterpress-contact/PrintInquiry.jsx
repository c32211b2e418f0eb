import { useRef, useState } from "react";

const LIMIT = 150;

function counterText(left) {
  if (left < 0) return `${-left} characters over`;
  if (left === 1) return "1 character left";
  return `${left} characters left`;
}

export default function PrintInquiry() {
  const formRef = useRef(null);
  const [count, setCount] = useState(0);
  const [error, setError] = useState("");
  const [sentTo, setSentTo] = useState(null);
  const left = LIMIT - count;

  function send() {
    const data = new FormData(formRef.current);
    const name = String(data.get("name") || "").trim();
    const email = String(data.get("email") || "").trim();
    const message = String(data.get("message") || "");
    if (message.length > LIMIT) {
      setError(`Shorten your message to ${LIMIT} characters first`);
      return;
    }
    if (!email.includes("@")) {
      setError("Please give an email address we can reply to");
      return;
    }
    if (message.trim() === "") {
      setError("Tell us a little about your print job");
      return;
    }
    setError("");
    setSentTo({ name: name || "there", email });
  }

  function onKeyDown(e) {
    if (e.key === "Enter" && e.ctrlKey) {
      e.preventDefault();
      send();
    }
  }

  return (
    <section className="inquiry">
      <h1>Quillpost Letterpress</h1>
      <p className="lede">Wedding suites, business cards, posters. Tell us what you have in mind.</p>
      <form
        ref={formRef}
        onSubmit={(e) => {
          e.preventDefault();
          send();
        }}
        noValidate
      >
        <input name="name" placeholder="Your name" />
        <input name="email" type="email" placeholder="Email address" />
        <input name="order" placeholder="Order number (optional)" />
        <textarea
          name="message"
          rows={5}
          placeholder="What would you like to print?"
          defaultValue=""
          onInput={(e) => {
            setCount(e.currentTarget.value.length);
            setSentTo(null);
          }}
          onKeyDown={onKeyDown}
        />
        <div className="meta">
          <span className={left < 0 ? "counter over" : "counter"}>{counterText(left)}</span>
          <small>Tip: Ctrl+Enter sends</small>
        </div>
        {error && <p className="form-error">{error}</p>}
        <button type="submit" disabled={left < 0}>
          Send
        </button>
      </form>
      {sentTo && (
        <p className="sent">
          Thanks {sentTo.name}, we'll reply to {sentTo.email} within two working days.
        </p>
      )}
    </section>
  );
}
