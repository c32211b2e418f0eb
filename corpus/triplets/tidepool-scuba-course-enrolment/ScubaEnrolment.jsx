import { useReducer } from "react";
import MedicalStep, { needsDoctor } from "./MedicalStep.jsx";

const COURSES = [
  { id: "ow", name: "Open Water Diver", price: 395 },
  { id: "adv", name: "Advanced Open Water", price: 345 },
  { id: "ref", name: "Scuba Refresher", price: 120 },
];

const initial = { step: 1, course: "ow", swim: false, answers: {}, error: "", done: false };

function reducer(state, action) {
  switch (action.type) {
    case "course":
      return { ...state, course: action.id };
    case "swim":
      return { ...state, swim: action.value, error: "" };
    case "toMedical":
      if (!state.swim) return { ...state, error: "You need to be able to swim 200 m to start a course" };
      return { ...state, step: 2, error: "" };
    case "answer":
      return { ...state, answers: { ...state.answers, [action.id]: action.value } };
    case "go":
      return { ...state, step: action.step };
    case "confirm":
      return { ...state, done: true };
    default:
      return state;
  }
}

export default function ScubaEnrolment() {
  const [state, dispatch] = useReducer(reducer, initial);
  const course = COURSES.find((c) => c.id === state.course);
  const doctor = needsDoctor(state.answers);

  if (state.done) {
    return <p className="enrolled">You're enrolled on {course.name}. Pool session: Saturday 09:00, Tidepool Lido.</p>;
  }

  return (
    <main className="scuba">
      <h1>Tidepool Dive Centre - enrol on a course</h1>
      <span className="stepper">Step {state.step} of 3</span>

      {state.step === 1 && (
        <section>
          <label htmlFor="sc-course">Course</label>
          <select id="sc-course" value={state.course} onChange={(e) => dispatch({ type: "course", id: e.target.value })}>
            {COURSES.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} - £{c.price}
              </option>
            ))}
          </select>
          <label>
            <input type="checkbox" checked={state.swim} onChange={(e) => dispatch({ type: "swim", value: e.target.checked })} />
            I can swim 200 m without stopping
          </label>
          {state.error && <p className="error">{state.error}</p>}
          <button onClick={() => dispatch({ type: "toMedical" })}>Next</button>
        </section>
      )}

      {state.step === 2 && (
        <MedicalStep
          answers={state.answers}
          onAnswer={(id, value) => dispatch({ type: "answer", id, value })}
          onBack={() => dispatch({ type: "go", step: 1 })}
          onNext={() => dispatch({ type: "go", step: 3 })}
        />
      )}

      {state.step === 3 && (
        <section className="summary">
          <p>
            {course.name} - £{course.price.toFixed(2)}
          </p>
          <p>{doctor ? "Medical: doctor's form needed before the pool session" : "Medical: no doctor's form needed"}</p>
          <button onClick={() => dispatch({ type: "go", step: 2 })}>Back</button>
          <button onClick={() => dispatch({ type: "confirm" })}>Confirm enrolment</button>
        </section>
      )}
    </main>
  );
}
