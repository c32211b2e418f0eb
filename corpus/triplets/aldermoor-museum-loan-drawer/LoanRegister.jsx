import { useCallback, useState } from "react";
import useEscapeKey from "./useEscapeKey.js";

const LOANS = [
  { ref: "AM-2231", object: "Heron at Dusk (oil on canvas, 1889)", borrower: "Rijksmuseum Twenthe", insured: "£1,200,000", status: "Pending" },
  { ref: "AM-2240", object: "Bronze hand mirror (Roman, 2nd c.)", borrower: "Musée de Bibracte", insured: "£85,000", status: "Pending" },
  { ref: "AM-2252", object: "Sampler by Ann Tivey (1794)", borrower: "Bath Textile Trust", insured: "£12,500", status: "Approved", approvedOn: "3 Feb 2025" },
];

const CHECKS = ["Condition report signed", "Crate spec agreed", "Courier booked"];

function LoanDrawer({ loan, onApprove, onClose }) {
  const [ticked, setTicked] = useState([]);
  const ready = CHECKS.every((c) => ticked.includes(c));

  function toggle(check) {
    setTicked((list) => (list.includes(check) ? list.filter((c) => c !== check) : [...list, check]));
  }

  return (
    <aside className="loan-drawer" role="dialog" aria-label={`Loan ${loan.ref}`}>
      <button type="button" className="close" aria-label="Close" onClick={onClose}>
        ×
      </button>
      <h2>Loan {loan.ref}</h2>
      <p>{loan.object}</p>
      <p>Borrower: {loan.borrower}</p>
      <p>Insured value {loan.insured}</p>
      {loan.status === "Approved" ? (
        <p className="approved">Approved on {loan.approvedOn}</p>
      ) : (
        <>
          <h3>Before approval</h3>
          {CHECKS.map((c) => (
            <label key={c} className="check">
              <input type="checkbox" checked={ticked.includes(c)} onChange={() => toggle(c)} />
              {c}
            </label>
          ))}
          <button type="button" disabled={!ready} onClick={() => onApprove(loan.ref)}>
            Approve loan
          </button>
        </>
      )}
    </aside>
  );
}

export default function LoanRegister({ initialLoans = LOANS, today = "14 Mar 2025" }) {
  const [loans, setLoans] = useState(initialLoans);
  const [openRef, setOpenRef] = useState(null);
  const close = useCallback(() => setOpenRef(null), []);
  useEscapeKey(openRef !== null, close);
  const loan = loans.find((l) => l.ref === openRef);

  function approve(ref) {
    setLoans((list) => list.map((l) => (l.ref === ref ? { ...l, status: "Approved", approvedOn: today } : l)));
  }

  return (
    <div className="loans">
      <h1>Aldermoor Museum - outgoing loans</h1>
      <table>
        <tbody>
          {loans.map((l) => (
            <tr key={l.ref}>
              <td>{l.ref}</td>
              <td>{l.object}</td>
              <td>{l.borrower}</td>
              <td>{l.status}</td>
              <td>
                <button type="button" onClick={() => setOpenRef(l.ref)}>
                  View
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {loan && <LoanDrawer key={loan.ref} loan={loan} onApprove={approve} onClose={close} />}
    </div>
  );
}
