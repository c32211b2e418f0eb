export const SMS_LIMIT = 160;

// Long texts are split by the carrier; every 160 characters start a new SMS.
export function segments(length) {
  if (length === 0) return 0;
  return Math.ceil(length / SMS_LIMIT);
}

export const TEMPLATES = [
  { id: "eta", label: "ETA request", text: "Hi {first}, what is your ETA to {depot}?" },
  { id: "gate", label: "Gate change", text: "{first}, gate changed: please use gate C at {depot}." },
  { id: "pod", label: "Proof of delivery", text: "Hi {first}, please photograph the signed POD before leaving." },
];

export function fillTemplate(text, driver) {
  const first = driver.name.split(" ")[0];
  return text.replaceAll("{first}", first).replaceAll("{depot}", driver.depot);
}
