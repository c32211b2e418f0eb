export function passwordProblems(password, { email, clientRef }) {
  const out = [];
  const lower = password.toLowerCase();
  const ref = clientRef.toLowerCase();
  if (password.length < 12) out.push("At least 12 characters");
  if (!/\d.*\d/.test(password)) out.push("At least 2 digits");
  if (lower.includes(ref) || lower.includes(ref.replace(/-/g, ""))) out.push("Must not contain your client reference");
  if (email && lower === email.trim().toLowerCase()) out.push("Must not be your e-mail address");
  return out;
}
