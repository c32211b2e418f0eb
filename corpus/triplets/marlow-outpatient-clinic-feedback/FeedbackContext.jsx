import { createContext, useContext, useState } from "react";

const FeedbackContext = createContext(null);

export function FeedbackProvider({ children }) {
  const [answers, setAnswers] = useState({});
  const setAnswer = (key, value) =>
    setAnswers((a) => {
      const next = { ...a, [key]: value };
      if (key === "wait" && value !== "Over 30 minutes") delete next.toldWhy;
      return next;
    });
  return <FeedbackContext.Provider value={{ answers, setAnswer }}>{children}</FeedbackContext.Provider>;
}

export function useFeedback() {
  return useContext(FeedbackContext);
}
