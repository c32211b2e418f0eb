export function moduleDone(module, completed) {
  return module.lessons.filter((l) => completed.includes(l.id)).length;
}

// A module with `requires` stays locked until every lesson of that module is complete.
export function isUnlocked(modules, index, completed) {
  const module = modules[index];
  if (!module.requires) return true;
  const previous = modules.find((m) => m.id === module.requires);
  return moduleDone(previous, completed) === previous.lessons.length;
}

export function coursePercent(modules, completed) {
  const total = modules.reduce((n, m) => n + m.lessons.length, 0);
  const done = modules.reduce((n, m) => n + moduleDone(m, completed), 0);
  return total === 0 ? 0 : Math.round((done / total) * 100);
}
