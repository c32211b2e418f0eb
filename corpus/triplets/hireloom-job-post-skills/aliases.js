const ALIASES = {
  js: "JavaScript",
  javascript: "JavaScript",
  ts: "TypeScript",
  k8s: "Kubernetes",
  kubernetes: "Kubernetes",
  postgres: "PostgreSQL",
  postgresql: "PostgreSQL",
  golang: "Go",
  go: "Go",
};

export function canonicalSkill(text) {
  const clean = text.trim();
  return ALIASES[clean.toLowerCase()] || clean;
}
