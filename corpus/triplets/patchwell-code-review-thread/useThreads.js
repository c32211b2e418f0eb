import { useState } from "react";

export function useThreads(initial, me) {
  const [threads, setThreads] = useState(initial);
  const [nextId, setNextId] = useState(100);

  function update(id, change) {
    setThreads((list) => list.map((t) => (t.id === id ? { ...t, ...change(t) } : t)));
  }

  const resolve = (id) => update(id, () => ({ resolved: true }));
  const reopen = (id) => update(id, () => ({ resolved: false }));

  function reply(id, text) {
    const body = text.trim();
    if (!body) return;
    update(id, (t) => ({ comments: [...t.comments, { id: nextId, author: me, text: body }] }));
    setNextId(nextId + 1);
  }

  const unresolved = threads.filter((t) => !t.resolved).length;
  return { threads, unresolved, resolve, reopen, reply };
}
