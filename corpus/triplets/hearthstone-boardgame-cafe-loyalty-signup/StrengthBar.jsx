const LABELS = ["Too weak", "Okay", "Great"];

export function strengthLevel(password) {
  let level = 0;
  if (password.length >= 8 && !/^\d+$/.test(password)) level = 1;
  if (level === 1 && password.length >= 12 && /\d/.test(password) && /[^A-Za-z0-9]/.test(password)) level = 2;
  return level;
}

export default function StrengthBar({ password }) {
  if (!password) return null;
  const level = strengthLevel(password);
  return (
    <div className="strength-bar">
      <div className={`fill level-${level}`} style={{ width: `${(level + 1) * 33}%` }} />
      <span className="strength-label">{LABELS[level]}</span>
    </div>
  );
}
