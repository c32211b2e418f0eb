import { createContext, useContext, useState } from "react";

const LANES = ["New", "Assigned", "Waiting on user", "Resolved"];
const WIP = { Assigned: 3 };

const TICKETS = [
  { id: "INC-4471", title: "VPN drops every 20 min", user: "Accounts - P. Shah", lane: "New" },
  { id: "INC-4472", title: "New starter laptop (Mon)", user: "HR - L. Grant", lane: "New" },
  { id: "INC-4465", title: "Printer 3F jams on A3", user: "Legal - D. Yoon", lane: "Assigned" },
  { id: "INC-4460", title: "Shared mailbox missing", user: "Sales - R. Costa", lane: "Assigned" },
  { id: "INC-4452", title: "MFA reset", user: "Ops - K. Lund", lane: "Waiting on user" },
  { id: "INC-4440", title: "Teams camera black", user: "CEO office", lane: "Resolved" },
];

const BoardContext = createContext(null);

function BoardProvider({ children }) {
  const [tickets, setTickets] = useState(TICKETS);
  const [notice, setNotice] = useState("");

  function move(id, step) {
    const t = tickets.find((x) => x.id === id);
    const to = LANES[LANES.indexOf(t.lane) + step];
    if (!to) return;
    const inLane = tickets.filter((x) => x.lane === to).length;
    if (WIP[to] && inLane >= WIP[to]) {
      setNotice(to + " is full (" + WIP[to] + " max) - finish something first");
      return;
    }
    setNotice("");
    setTickets((list) => list.map((x) => (x.id === id ? { ...x, lane: to } : x)));
  }

  return <BoardContext.Provider value={{ tickets, notice, move }}>{children}</BoardContext.Provider>;
}

function Lane({ name }) {
  const { tickets, move } = useContext(BoardContext);
  const cards = tickets.filter((t) => t.lane === name);
  const limit = WIP[name];
  return (
    <section className="lane">
      <h2>
        {name} <span className="lane-count">{limit ? cards.length + "/" + limit : cards.length}</span>
      </h2>
      {cards.map((t) => (
        <div key={t.id} className="ticket">
          <b>{t.id}</b> {t.title}
          <div className="requester">{t.user}</div>
          <button type="button" aria-label={"Move " + t.id + " left"} disabled={name === LANES[0]} onClick={() => move(t.id, -1)}>
            ◀
          </button>
          <button type="button" aria-label={"Move " + t.id + " right"} disabled={name === LANES[LANES.length - 1]} onClick={() => move(t.id, 1)}>
            ▶
          </button>
        </div>
      ))}
    </section>
  );
}

function Notice() {
  const { notice } = useContext(BoardContext);
  return notice ? <span className="notice">{notice}</span> : null;
}

function Footer() {
  const { tickets } = useContext(BoardContext);
  const open = tickets.filter((t) => t.lane !== "Resolved").length;
  return <footer className="board-footer">{open} open tickets</footer>;
}

export default function HelpdeskBoard({ team = "Crestview IT Service Desk", queue = "Head office queue" }) {
  return (
    <BoardProvider>
      <main className="helpdesk">
        <h1>{team}</h1>
        <p>{queue}</p>
        <Notice />
        <div className="lanes">
          {LANES.map((l) => (
            <Lane key={l} name={l} />
          ))}
        </div>
        <Footer />
      </main>
    </BoardProvider>
  );
}
