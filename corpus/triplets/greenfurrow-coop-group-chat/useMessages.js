import { useState } from "react";

export function useMessages(initial, me) {
  const [messages, setMessages] = useState(initial);
  const [voted, setVoted] = useState([]);

  function send(text) {
    setMessages((list) => [...list, { id: list.length + 1, from: me, text, edited: false, thumbs: 0 }]);
  }

  function edit(id, text) {
    setMessages((list) => list.map((m) => (m.id === id ? { ...m, text, edited: true } : m)));
  }

  function lastOwn() {
    const own = messages.filter((m) => m.from === me);
    return own[own.length - 1];
  }

  // one thumbs-up per member per message
  function thumbsUp(id) {
    if (voted.includes(id)) return;
    setVoted([...voted, id]);
    setMessages((list) => list.map((m) => (m.id === id ? { ...m, thumbs: m.thumbs + 1 } : m)));
  }

  return { messages, send, edit, lastOwn, thumbsUp };
}
