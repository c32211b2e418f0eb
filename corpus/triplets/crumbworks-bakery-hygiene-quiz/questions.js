export const QUESTIONS = [
  { id: "q1", text: "Chilled fillings (custard, cream) must be kept at or below", options: ["5 °C", "8 °C", "12 °C"], correct: "5 °C" },
  { id: "q2", text: "Hot savouries held for the counter must stay above", options: ["63 °C", "50 °C", "40 °C"], correct: "63 °C" },
  {
    id: "q3",
    text: "After cracking raw eggs for the brioche you should",
    options: ["Wash your hands", "Wipe them on your apron", "Just change gloves"],
    correct: "Wash your hands",
  },
  { id: "q4", text: "Allergen information must cover how many allergens?", options: ["14", "8", "10"], correct: "14" },
  {
    id: "q5",
    text: "Cooked rice for the lunch bowls must be chilled within",
    options: ["1 hour", "4 hours", "the end of the shift"],
    correct: "1 hour",
  },
];

export const PASS_PERCENT = 80;
