import { useRef, useState } from "react";

function passwordIssue(password, company) {
  if (password.length < 10) return "Use at least 10 characters";
  if (!/[a-z]/i.test(password) || !/\d/.test(password)) return "Mix letters and numbers";
  const words = company
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length >= 4);
  if (words.some((w) => password.toLowerCase().includes(w))) return "Don't use your company name in the password";
  return "";
}

export default function ContractorRegister({ contractorId = "CT-4471" }) {
  const company = useRef(null);
  const email = useRef(null);
  const password = useRef(null);
  const confirm = useRef(null);
  const [pwNote, setPwNote] = useState(null);
  const [confirmNote, setConfirmNote] = useState("");
  const [result, setResult] = useState("");

  function checkPassword() {
    const issue = passwordIssue(password.current.value, company.current.value);
    setPwNote(issue ? { ok: false, text: issue } : { ok: true, text: "Password OK" });
  }

  function checkConfirm() {
    setConfirmNote(
      confirm.current.value && confirm.current.value !== password.current.value ? "Doesn't match the password above" : ""
    );
  }

  function register(e) {
    e.preventDefault();
    checkPassword();
    checkConfirm();
    const issue = passwordIssue(password.current.value, company.current.value);
    if (issue || confirm.current.value !== password.current.value || !company.current.value.trim()) {
      setResult("");
      return;
    }
    setResult(`Registration sent for contractor account ${contractorId} (${company.current.value.trim()})`);
  }

  return (
    <div className="contractor-register">
      <h1>Ironbark Forestry - contractor portal</h1>
      <p>Felling licences, site rotas and invoices in one place. Your account is checked by the estates team.</p>
      <form onSubmit={register} noValidate>
        <label htmlFor="cr-company">Company name</label>
        <input id="cr-company" ref={company} defaultValue="" />

        <label htmlFor="cr-email">Contact e-mail</label>
        <input id="cr-email" type="email" ref={email} />

        <label htmlFor="cr-password">Password</label>
        <input id="cr-password" type="password" ref={password} onBlur={checkPassword} />
        {pwNote && <span className={pwNote.ok ? "hint-ok" : "hint-error"}>{pwNote.text}</span>}

        <label htmlFor="cr-confirm">Password again</label>
        <input id="cr-confirm" type="password" ref={confirm} onBlur={checkConfirm} />
        {confirmNote && <span className="hint-error">{confirmNote}</span>}

        <button type="submit">Register</button>
      </form>
      {result && <p className="result">{result}</p>}
    </div>
  );
}
