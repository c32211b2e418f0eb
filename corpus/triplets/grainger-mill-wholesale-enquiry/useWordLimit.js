import { useState } from "react";

export function countWords(text) {
  return text.trim() === "" ? 0 : text.trim().split(/\s+/).length;
}

export default function useWordLimit(limit) {
  const [text, setText] = useState("");
  const words = countWords(text);
  return { text, setText, words, limit, over: Math.max(0, words - limit), tooLong: words > limit };
}
