export function findDuplicate(options, name) {
  const wanted = name.toLowerCase();
  return options.find((o) => o.name.toLowerCase() === wanted);
}

export function outcome(options) {
  const top = Math.max(...options.map((o) => o.votes));
  const leaders = options.filter((o) => o.votes === top);
  if (leaders.length > 1) {
    return "Tie: " + leaders.map((o) => o.name).join(" and ") + " (" + top + " votes each)";
  }
  return "Winner: " + leaders[0].name + " (" + top + " votes)";
}
