import { useState } from "react";
import { answerFor } from "./botReplies.js";

export function useSupportBot(traveller, queueAhead) {
  const [messages, setMessages] = useState([
    { id: 0, from: "bot", text: "Hello " + traveller.name.split(" ")[0] + ", how can I help with " + traveller.booking + "?" },
  ]);
  const [agentRequested, setAgentRequested] = useState(false);

  function push(...items) {
    setMessages((list) => [...list, ...items.map((it, i) => ({ id: list.length + i, ...it }))]);
  }

  function ask(text) {
    push({ from: "user", text: text.trim() }, { from: "bot", text: answerFor(text, traveller) });
  }

  function requestAgent() {
    setAgentRequested(true);
    push({ from: "bot", text: "You are number " + (queueAhead + 1) + " in the queue." });
  }

  return { messages, ask, requestAgent, agentRequested };
}
