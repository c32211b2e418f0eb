import { useRef, useState } from "react";

const LIMIT = 180;
const PIANOS = ["Upright", "Baby grand", "Concert grand", "Digital piano"];

function counterLabel(left) {
  if (left < 0) return `Too long by ${-left}`;
  if (left < 20) return `Characters left: ${left} - nearly full`;
  return `Characters left: ${left}`;
}

export default function TuningRequest({ tuner = "Ilse Marchetti" }) {
  const formRef = useRef(null);
  const [left, setLeft] = useState(LIMIT);
  const [problem, setProblem] = useState("");
  const [sent, setSent] = useState("");

  function onSubmit(e) {
    e.preventDefault();
    const f = new FormData(formRef.current);
    const name = String(f.get("name") || "").trim();
    const phone = String(f.get("phone") || "").trim();
    const piano = String(f.get("piano"));
    if (piano === "Digital piano") return setProblem("Digital pianos don't need tuning - try the shop's repair desk");
    if (!name || !phone) return setProblem("We need your name and a phone number to arrange the visit");
    setProblem("");
    setSent(`Thanks ${name}, ${tuner} will call ${phone} to book the ${piano.toLowerCase()} tuning.`);
  }

  function another() {
    formRef.current.reset();
    setLeft(LIMIT);
    setSent("");
  }

  return (
    <section className="tuning-request">
      <h1>Sablewood Pianos - book a tuning</h1>
      <p>Home visits in the city and the three valleys. A standard tuning takes about 90 minutes and costs £95.</p>
      <form ref={formRef} onSubmit={onSubmit} noValidate>
        <input name="name" placeholder="Your name" />
        <input name="phone" placeholder="Phone number" />
        <input name="postcode" placeholder="Postcode of the piano" />
        <select name="piano" aria-label="Type of piano" defaultValue="Upright">
          {PIANOS.map((p) => (
            <option key={p}>{p}</option>
          ))}
        </select>
        <textarea
          name="details"
          placeholder="Describe the piano and the problem"
          onInput={(e) => setLeft(LIMIT - e.currentTarget.value.length)}
        />
        <span className={left < 20 ? "left low" : "left"}>{counterLabel(left)}</span>
        {problem && <p className="problem">{problem}</p>}
        <button type="submit" disabled={left < 0}>
          Request a visit
        </button>
      </form>
      {sent && (
        <div className="sent">
          <p>{sent}</p>
          <button onClick={another}>Send another request</button>
        </div>
      )}
    </section>
  );
}
