import { useState } from "react";

export default function FaqItem({ id, question, answer, open, onToggle }) {
  const [vote, setVote] = useState(null);
  const headerId = `faq-h-${id}`;
  const panelId = `faq-p-${id}`;

  return (
    <div className="faq-item">
      <h3>
        <button type="button" id={headerId} aria-expanded={open} aria-controls={panelId} onClick={onToggle}>
          {question}
        </button>
      </h3>
      {open && (
        <div id={panelId} role="region" aria-labelledby={headerId} className="faq-answer">
          <p>{answer}</p>
          {vote ? (
            <p className="thanks">Thanks for your feedback</p>
          ) : (
            <div className="helpful">
              Was this helpful?
              <button type="button" onClick={() => setVote("yes")}>
                Yes
              </button>
              <button type="button" onClick={() => setVote("no")}>
                No
              </button>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
