import { useState } from "react";
import FaqItem from "./FaqItem.jsx";

const FAQS = [
  {
    id: "vermeil",
    question: "Can I shower with gold vermeil?",
    answer: "No. Vermeil is a thin layer of gold over sterling silver and soap wears it away. Take it off first.",
  },
  {
    id: "pearls",
    question: "How do I clean pearls?",
    answer: "Wipe them with a soft damp cloth after wearing. Never soak them - the silk thread stretches.",
  },
  {
    id: "tarnish",
    question: "Why is my silver ring turning black?",
    answer: "That is tarnish from air and skin oils. Our polishing cloth removes it in a minute.",
  },
  {
    id: "storage",
    question: "How should I store my pieces?",
    answer: "Keep each piece in its own pouch, away from the bathroom. Anti-tarnish strips help for silver.",
  },
  {
    id: "resize",
    question: "Can you resize a ring?",
    answer: "Yes, most bands can go up or down two sizes. Send it in with order number and the new size.",
  },
];

export default function CareFaq({ faqs = FAQS, brand = "Glimmer & Ash" }) {
  const [openId, setOpenId] = useState(null);
  const [query, setQuery] = useState("");

  const q = query.trim().toLowerCase();
  const shown = faqs.filter((f) => !q || f.question.toLowerCase().includes(q) || f.answer.toLowerCase().includes(q));

  function toggle(id) {
    setOpenId((current) => (current === id ? null : id));
  }

  return (
    <main className="care-faq">
      <h1>{brand} - caring for your jewellery</h1>
      <input
        type="search"
        className="faq-search"
        placeholder="Search care tips"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <p className="count">
        {shown.length} of {faqs.length} questions
      </p>
      <div className="accordion">
        {shown.map((f) => (
          <FaqItem
            key={f.id}
            id={f.id}
            question={f.question}
            answer={f.answer}
            open={openId === f.id}
            onToggle={() => toggle(f.id)}
          />
        ))}
      </div>
      {shown.length === 0 && <p>No care tips match "{query}".</p>}
    </main>
  );
}
