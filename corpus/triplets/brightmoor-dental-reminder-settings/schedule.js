// Text helpers for the reminder settings page.
export const LEADS = [
  { value: "2", label: "2 hours" },
  { value: "24", label: "24 hours" },
  { value: "48", label: "48 hours" },
];

function channelText(name, on, lead) {
  if (!on) return name + " off";
  return name + " " + lead + " h before";
}

export function describeSchedule(s) {
  if (!s.enabled) return "Reminders are switched off for all patients";
  return [channelText("SMS", s.sms, s.smsLead), channelText("Email", s.email, s.emailLead)].join(" · ");
}

export function validate(s) {
  if (s.enabled && !s.sms && !s.email) return "Pick at least one channel or switch reminders off";
  return "";
}
