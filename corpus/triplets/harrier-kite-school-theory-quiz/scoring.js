export const QUESTIONS = [
  { text: "Wind blowing from the sea straight onto the beach is called", options: ["Onshore", "Offshore", "Cross-shore"], correct: "Onshore" },
  { text: "Which wind should beginners never ride in?", options: ["Onshore", "Offshore", "Cross-onshore"], correct: "Offshore" },
  { text: "Two riders meet head on. The rider on starboard tack has", options: ["Priority", "To give way", "No rule applies"], correct: "Priority" },
  {
    text: "The kite pulls you towards the rocks. First you",
    options: ["Pull the quick release", "Let go of the bar", "Wave both arms"],
    correct: "Pull the quick release",
  },
];

export const PASS_MARK = 3;

export function scoreOf(answers) {
  return answers.filter((a, i) => a === QUESTIONS[i].correct).length;
}

export function verdict(score) {
  return score >= PASS_MARK
    ? `You scored ${score} of ${QUESTIONS.length} - you can book your first water session`
    : `You scored ${score} of ${QUESTIONS.length} - please rewatch the theory videos`;
}
