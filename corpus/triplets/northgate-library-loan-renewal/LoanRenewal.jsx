import { createContext, useContext, useState } from "react";
import { allowed, addDays, fmt, novemberCells, MAX_EXTENSION } from "./renewalRules.js";

const LoanContext = createContext(null);

const LOAN = {
  title: "A Field Guide to British Mosses",
  barcode: "31002 0048 7719",
  due: new Date(2025, 10, 10),
  renewalsLeft: 2,
};

function LoanProvider({ loan, children }) {
  const [due, setDue] = useState(loan.due);
  const [left, setLeft] = useState(loan.renewalsLeft);
  const [confirmation, setConfirmation] = useState("");

  function renew(newDue) {
    if (left === 0) return;
    setConfirmation("Renewed until " + fmt(newDue) + ".");
    setDue(newDue);
    setLeft(left - 1);
  }

  return (
    <LoanContext.Provider value={{ loan, due, left, confirmation, renew, original: loan.due }}>
      {children}
    </LoanContext.Provider>
  );
}

function RenewCalendar() {
  const { due, left, renew } = useContext(LoanContext);
  const [picked, setPicked] = useState(null);
  const cells = novemberCells();

  return (
    <div className="renew-picker">
      <div className="quick">
        <button onClick={() => setPicked(addDays(due, 7))}>+7 days</button>
        <button onClick={() => setPicked(addDays(due, MAX_EXTENSION))}>+{MAX_EXTENSION} days</button>
      </div>
      <h3>November 2025</h3>
      <div className="nov-grid">
        {cells.map((date, i) =>
          date ? (
            <button
              key={i}
              className={picked && picked.getTime() === date.getTime() ? "d on" : "d"}
              disabled={!allowed(due, date)}
              onClick={() => setPicked(date)}
            >
              {date.getDate()}
            </button>
          ) : (
            <span key={i} />
          )
        )}
      </div>
      <p className="new-due">{picked ? "New due date: " + fmt(picked) : "Pick a new due date"}</p>
      <button
        className="renew"
        disabled={!picked || left === 0}
        onClick={() => {
          renew(picked);
          setPicked(null);
        }}
      >
        Renew loan
      </button>
    </div>
  );
}

function LoanHeader() {
  const { loan, due, left, confirmation } = useContext(LoanContext);
  return (
    <header>
      <h1>{loan.title}</h1>
      <p className="barcode">Item {loan.barcode}</p>
      <p className="due">Due back: {fmt(due)}</p>
      <p className="left">{left === 1 ? "1 renewal left" : left + " renewals left"}</p>
      {confirmation && <p className="confirmation">{confirmation}</p>}
    </header>
  );
}

export default function LoanRenewal({ loan = LOAN }) {
  return (
    <LoanProvider loan={loan}>
      <div className="loan-renewal">
        <p className="library">Northgate Libraries - My loans</p>
        <LoanHeader />
        <p className="rule">You can extend by up to {MAX_EXTENSION} days after the current due date. Libraries are closed on Sundays.</p>
        <RenewCalendar />
      </div>
    </LoanProvider>
  );
}
