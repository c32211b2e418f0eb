function toMinutes(hhmm) {
  const [h, m] = hhmm.split(":").map(Number);
  return h * 60 + m;
}

function toClock(minutes) {
  return String(Math.floor(minutes / 60)).padStart(2, "0") + ":" + String(minutes % 60).padStart(2, "0");
}

// Adds the finishing time and a late flag to each prep task, in list order.
export function schedule(tasks, start) {
  let t = toMinutes(start);
  return tasks.map((task) => {
    t += task.minutes;
    return { ...task, done: toClock(t), late: t > toMinutes(task.neededBy) };
  });
}

export function moveTo(list, from, to) {
  const next = list.slice();
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}
