import { useReducer } from "react";
import ChannelList from "./ChannelList.jsx";
import MessageList from "./MessageList.jsx";

const CHANNELS = [
  { id: "ward4b", name: "Ward 4B" },
  { id: "pharmacy", name: "Pharmacy" },
  { id: "night", name: "Night shift" },
];

const MESSAGES = [
  { id: 1, channel: "ward4b", from: "Sr. Adaeze", text: "Bed 12 obs due at 14:00.", urgent: false, read: true },
  { id: 2, channel: "pharmacy", from: "Pharm. Rui", text: "Vancomycin levels back for bed 7.", urgent: false, read: false },
  { id: 3, channel: "pharmacy", from: "Pharm. Rui", text: "Please return the CD key before 16:00.", urgent: true, read: false },
  { id: 4, channel: "night", from: "RN Okonjo", text: "Handover notes uploaded for beds 1-10.", urgent: false, read: false },
];

function init() {
  return { active: "ward4b", messages: MESSAGES, draft: "", urgent: false, nextId: 5 };
}

function reducer(state, action) {
  switch (action.type) {
    case "open":
      return {
        ...state,
        active: action.id,
        messages: state.messages.map((m) => (m.channel === action.id ? { ...m, read: true } : m)),
      };
    case "draft":
      return { ...state, draft: action.value };
    case "urgent":
      return { ...state, urgent: action.value };
    case "send": {
      const text = state.draft.trim();
      if (!text) return state;
      const msg = { id: state.nextId, channel: state.active, from: "You", text, urgent: state.urgent, read: true };
      return { ...state, messages: [...state.messages, msg], draft: "", urgent: false, nextId: state.nextId + 1 };
    }
    default:
      return state;
  }
}

export default function WardChat({ hospital = "St. Brigid's General" }) {
  const [state, dispatch] = useReducer(reducer, undefined, init);
  const unread = {};
  for (const c of CHANNELS) {
    unread[c.id] = state.messages.filter((m) => m.channel === c.id && !m.read).length;
  }
  const totalUnread = Object.values(unread).reduce((a, b) => a + b, 0);
  const current = CHANNELS.find((c) => c.id === state.active);

  return (
    <div className="wardline">
      <aside>
        <h2>{hospital}</h2>
        <p className="total-unread">Unread: {totalUnread}</p>
        <ChannelList channels={CHANNELS} unread={unread} active={state.active} onOpen={(id) => dispatch({ type: "open", id })} />
      </aside>
      <main>
        <h1>#{current.name}</h1>
        <MessageList messages={state.messages.filter((m) => m.channel === state.active)} />
        <form
          onSubmit={(e) => {
            e.preventDefault();
            dispatch({ type: "send" });
          }}
        >
          <label htmlFor="msg">Message #{current.name}</label>
          <input id="msg" value={state.draft} onChange={(e) => dispatch({ type: "draft", value: e.target.value })} />
          <label>
            <input type="checkbox" checked={state.urgent} onChange={(e) => dispatch({ type: "urgent", value: e.target.checked })} />
            Mark as urgent
          </label>
          <button type="submit">Send</button>
        </form>
      </main>
    </div>
  );
}
