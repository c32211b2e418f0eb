import { useRef, useState } from "react";
import StarRadios from "./StarRadios.jsx";
import { reviewProblem } from "./reviewRules.js";

const SKILLS = ["Joining from a slip road", "Lane discipline", "Overtaking", "Leaving at a junction"];

const LESSON = {
  instructor: "Gwen Talbot",
  kind: "Motorway lesson, 90 min",
  date: "12 May",
  car: "Clearlane dual-control Corsa (CL23 KWT)",
};

export default function LessonReview({ lesson = LESSON }) {
  const [rating, setRating] = useState(0);
  const [problem, setProblem] = useState("");
  const [done, setDone] = useState(false);
  const [recommends, setRecommends] = useState(false);
  const commentRef = useRef(null);
  const recommendRef = useRef(null);

  function handleSubmit(e) {
    e.preventDefault();
    const comment = commentRef.current.value;
    const issue = reviewProblem(rating, comment);
    if (issue) {
      setProblem(issue);
      return;
    }
    setProblem("");
    setRecommends(recommendRef.current.checked);
    setDone(true);
  }

  if (done) {
    return (
      <div className="review-done">
        <h1>Thanks for your feedback</h1>
        <p>
          You rated {lesson.instructor} {rating}/5.
        </p>
        {recommends && <p>We have passed your recommendation on to {lesson.instructor}.</p>}
      </div>
    );
  }

  const needsComment = rating > 0 && rating < 3;

  return (
    <form className="lesson-review" onSubmit={handleSubmit}>
      <h1>How was your lesson?</h1>
      <p className="lesson">
        {lesson.kind} with {lesson.instructor} on {lesson.date}
      </p>
      <p className="car">{lesson.car}</p>

      <StarRadios value={rating} onChange={setRating} />

      <fieldset className="skills">
        <legend>What did you practise?</legend>
        {SKILLS.map((skill) => (
          <label key={skill}>
            <input type="checkbox" name="skills" value={skill} defaultChecked={false} />
            {skill}
          </label>
        ))}
      </fieldset>

      <label htmlFor="comment">
        {needsComment ? "Tell us what went wrong (required)" : "Comments (optional)"}
      </label>
      <textarea id="comment" ref={commentRef} defaultValue="" rows={4} />

      <label>
        <input type="checkbox" ref={recommendRef} defaultChecked={false} />I would recommend {lesson.instructor} to a friend
      </label>

      {problem && <span className="error">{problem}</span>}
      <button type="submit">Send review</button>
    </form>
  );
}
