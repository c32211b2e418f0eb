const TOPICS = [
  { words: ["bag", "baggage", "luggage", "suitcase"], reply: () => "Checked bags on Skyvale Basic cost 35 EUR each, up to 23 kg." },
  { words: ["refund", "money back"], reply: (t) => "Refunds for " + t.booking + " go back to the original card within 7 days." },
  { words: ["seat", "window", "aisle"], reply: (t) => "Seat selection for " + t.flight + " opens 48 hours before departure." },
];

export function answerFor(text, traveller) {
  const lower = text.toLowerCase();
  const topic = TOPICS.find((tp) => tp.words.some((w) => lower.includes(w)));
  return topic ? topic.reply(traveller) : "Sorry, I didn't catch that. Try baggage, refund or seat.";
}
