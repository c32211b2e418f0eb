// Password policy for Chordhouse student accounts (the parents' portal uses the same).
export const RULES = [
  { id: "length", label: "At least 10 characters", test: (password) => password.length >= 10 },
  { id: "upper", label: "One capital letter", test: (password) => /[A-Z]/.test(password) },
  { id: "digit", label: "One number", test: (password) => /[0-9]/.test(password) },
  { id: "spaces", label: "No spaces", test: (password) => password.length > 0 && !/\s/.test(password) },
  {
    id: "name",
    label: "Not your first name",
    test: (password, name) =>
      password.length > 0 && (!name.trim() || !password.toLowerCase().includes(name.trim().toLowerCase())),
  },
];
