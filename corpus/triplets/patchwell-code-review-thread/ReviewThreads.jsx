import { useState } from "react";
import ThreadBox from "./ThreadBox.jsx";
import { useThreads } from "./useThreads.js";

const PULL = {
  number: 812,
  title: "Round invoice totals per line, not per document",
  file: "src/billing/invoice.ts",
  author: "mbenali",
  branch: "fix/line-rounding",
  reviewers: [
    { login: "rkowalski", state: "Changes requested" },
    { login: "jfeng", state: "Commented" },
  ],
};

const THREADS = [
  {
    id: "t1",
    line: 42,
    code: "const total = lines.reduce((s, l) => s + l.net, 0);",
    resolved: false,
    comments: [
      { id: 1, author: "rkowalski", text: "Should this use the rounded net per line?" },
      { id: 2, author: "mbenali", text: "Yes, fixed in the next commit." },
    ],
  },
  {
    id: "t2",
    line: 57,
    code: "if (tax.rate > 0.25) throw new RangeError(rate);",
    resolved: false,
    comments: [{ id: 3, author: "jfeng", text: "Message should name the invoice id." }],
  },
  {
    id: "t3",
    line: 88,
    code: "export const ROUNDING = 'half-even';",
    resolved: true,
    comments: [{ id: 4, author: "rkowalski", text: "Nit: move to config." }],
  },
];

export default function ReviewThreads({ pull = PULL, initialThreads = THREADS, me = "mbenali" }) {
  const { threads, unresolved, resolve, reopen, reply } = useThreads(initialThreads, me);
  const [hideResolved, setHideResolved] = useState(false);

  const shown = hideResolved ? threads.filter((t) => !t.resolved) : threads;

  return (
    <div className="review">
      <h1>
        #{pull.number} {pull.title}
      </h1>
      <p className="branch">
        {pull.author} wants to merge {pull.branch} into main
      </p>
      <ul className="reviewers">
        {pull.reviewers.map((r) => (
          <li key={r.login}>
            {r.login}: {r.state}
          </li>
        ))}
      </ul>
      <div className="review-bar">
        <code>{pull.file}</code>
        <span data-testid="unresolved-count">
          {unresolved === 1 ? "1 unresolved conversation" : unresolved + " unresolved conversations"}
        </span>
        <label>
          <input type="checkbox" checked={hideResolved} onChange={(e) => setHideResolved(e.target.checked)} />
          Hide resolved
        </label>
      </div>

      {shown.map((t) => (
        <ThreadBox
          key={t.id}
          thread={t}
          onResolve={() => resolve(t.id)}
          onReopen={() => reopen(t.id)}
          onReply={(text) => reply(t.id, text)}
        />
      ))}

      {unresolved === 0 && (
        <p className="all-clear" data-testid="all-clear">
          All conversations resolved - ready to merge
        </p>
      )}
    </div>
  );
}
