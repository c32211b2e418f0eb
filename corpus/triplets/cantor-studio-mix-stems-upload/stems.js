export function toSeconds(length) {
  const m = length.trim().match(/^(\d{1,2}):([0-5]\d)$/);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

export function checkStem(stems, name, length) {
  if (!/\.(wav|aiff?)$/i.test(name)) return "Stems must be WAV or AIFF files";
  if (stems.some((s) => s.name.toLowerCase() === name.toLowerCase())) return `${name} is already in the session`;
  const secs = toSeconds(length);
  if (secs === null) return "Write the length as m:ss, e.g. 3:42";
  if (stems.length > 0 && secs !== toSeconds(stems[0].length))
    return `All stems must be as long as the first one (${stems[0].length})`;
  return "";
}
