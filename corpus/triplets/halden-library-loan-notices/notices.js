export const CHANNELS = ["Email", "SMS", "App push"];

export const TOPICS = [
  { id: "due", label: "Due date reminder" },
  { id: "overdue", label: "Overdue notices" },
  { id: "holds", label: "Hold ready for pickup" },
  { id: "arrivals", label: "New arrivals in my genres" },
];

export function dayWord(days) {
  return days === 1 ? "1 day" : days + " days";
}

export function testNotice(channel, days, title) {
  return "Test notice sent by " + channel + ': "' + title + '" is due in ' + dayWord(days);
}
