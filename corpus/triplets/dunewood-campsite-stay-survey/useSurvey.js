import { useState } from "react";

export const LOW_RATING = 2;

export default function useSurvey() {
  const [answers, setAnswers] = useState({ rating: 0, pitch: "Grass pitch", comeBack: "", fix: "" });
  const [problem, setProblem] = useState("");
  const [sent, setSent] = useState(false);

  const setAnswer = (key, value) => {
    setAnswers((a) => ({ ...a, [key]: value }));
    setProblem("");
  };

  const needsFix = answers.rating > 0 && answers.rating <= LOW_RATING;

  function submit() {
    if (!answers.rating) return setProblem("Please rate your stay first");
    if (needsFix && !answers.fix.trim()) return setProblem("Tell us what we should fix first");
    if (!answers.comeBack) return setProblem("Would you come back? Pick an answer");
    setSent(true);
  }

  return { answers, setAnswer, needsFix, problem, sent, submit };
}
