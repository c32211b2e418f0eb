export const SHARES = [
  { value: "downloads", label: "Download counts", on: true },
  { value: "countries", label: "Listener countries", on: false },
  { value: "apps", label: "Podcast apps used", on: false },
  { value: "reviews", label: "Star reviews", on: true },
  { value: "sponsors", label: "Sponsor list", on: false },
  { value: "guests", label: "Past guests", on: true },
];

export const MESSAGE_OPTIONS = [
  { value: "everyone", label: "Everyone" },
  { value: "subscribers", label: "Subscribers only" },
  { value: "nobody", label: "Nobody" },
];

export function labelsFor(values) {
  return SHARES.filter((s) => values.includes(s.value)).map((s) => s.label);
}

export function messageLine(who) {
  if (who === "nobody") return "Listener messages are off";
  const opt = MESSAGE_OPTIONS.find((o) => o.value === who);
  return "Messages from: " + opt.label;
}
