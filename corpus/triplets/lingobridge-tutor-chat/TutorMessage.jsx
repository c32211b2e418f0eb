import { useContext, useState } from "react";
import { LearnerContext } from "./learner.js";

export default function TutorMessage({ message }) {
  const learner = useContext(LearnerContext);
  const [open, setOpen] = useState(false);

  if (message.from === "me") {
    return (
      <div className="bubble me">
        <b>{learner.name}:</b> {message.text}
      </div>
    );
  }

  return (
    <div className="bubble tutor">
      <p>{message.text}</p>
      <button onClick={() => setOpen(!open)}>
        {open ? "Hide translation" : "Show " + learner.native + " translation"}
      </button>
      {open && <p className="translation">{message.translation}</p>}
    </div>
  );
}
