import { useRef, useState } from "react";
import { passwordProblems } from "./portalRules.js";

export default function AcceptInvite({ clientRef = "LL-20-7781", firm = "Ledgerline & Co. Chartered Accountants" }) {
  const nameRef = useRef(null);
  const emailRef = useRef(null);
  const pwRef = useRef(null);
  const confirmRef = useRef(null);
  const [problems, setProblems] = useState([]);
  const [done, setDone] = useState("");

  function accept(e) {
    e.preventDefault();
    const email = emailRef.current.value;
    const password = pwRef.current.value;
    const list = passwordProblems(password, { email, clientRef });
    if (!nameRef.current.value.trim()) list.unshift("Your name is needed for the engagement letter");
    if (confirmRef.current.value !== password) list.push("The confirmation doesn't match");
    setProblems(list);
    if (list.length === 0) setDone(`Portal access granted for ${nameRef.current.value.trim()} (${clientRef}).`);
  }

  if (done) {
    return (
      <div className="invite-done">
        <p>{done}</p>
        <p>Upload your bank statements under Documents - your year end is 5 April.</p>
      </div>
    );
  }

  return (
    <form className="accept-invite" onSubmit={accept} noValidate>
      <h1>{firm}</h1>
      <h2>Set up your client portal</h2>
      <p>
        Client reference: <strong>{clientRef}</strong>
      </p>
      {problems.length > 0 && (
        <div role="alert" className="problem-box">
          <p>
            {problems.length} {problems.length === 1 ? "problem" : "problems"} with the form:
          </p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <label htmlFor="ai-name">Full name</label>
      <input id="ai-name" ref={nameRef} />
      <label htmlFor="ai-email">E-mail</label>
      <input id="ai-email" ref={emailRef} defaultValue="t.haugen@fjellmoen.test" />
      <label htmlFor="ai-pw">New password</label>
      <input id="ai-pw" type="password" ref={pwRef} />
      <label htmlFor="ai-confirm">Confirm new password</label>
      <input id="ai-confirm" type="password" ref={confirmRef} />
      <button type="submit">Accept invitation</button>
    </form>
  );
}
