import { useState } from "react";

export function usePoll(initialOptions) {
  const [options, setOptions] = useState(initialOptions);
  const [myVote, setMyVote] = useState(null);
  const [error, setError] = useState("");

  const total = options.reduce((sum, o) => sum + o.votes, 0);

  function vote(id) {
    if (!id) {
      setError("Pick an option first.");
      return;
    }
    if (myVote) return;
    setOptions(options.map((o) => (o.id === id ? { ...o, votes: o.votes + 1 } : o)));
    setMyVote(id);
    setError("");
  }

  function percent(option) {
    return total ? Math.round((option.votes / total) * 100) : 0;
  }

  const leader = options.reduce((best, o) => (o.votes > best.votes ? o : best), options[0]);

  return { options, total, myVote, error, vote, percent, leader };
}
