import { useState } from "react";
import TopicToggle from "./TopicToggle.jsx";
import { CHANNELS, TOPICS, testNotice } from "./notices.js";

const START = { due: true, overdue: true, holds: true, arrivals: false };

export default function LoanNotices({ card = "2290 4417", sampleTitle = "The Salt Path" }) {
  const [topics, setTopics] = useState(START);
  const [channel, setChannel] = useState("Email");
  const [days, setDays] = useState(3);
  const [message, setMessage] = useState("");

  function setTopic(id, value) {
    setTopics((t) => ({ ...t, [id]: value }));
    setMessage("");
  }

  function save() {
    const count = TOPICS.filter((t) => topics[t.id]).length;
    setMessage("Preferences saved for card " + card + " (" + count + " notices on)");
  }

  function saveAndTest() {
    save();
    setMessage(testNotice(channel, days, sampleTitle));
  }

  return (
    <div className="loan-notices">
      <h2>Halden Public Library - notices</h2>
      <p>Library card {card}</p>

      {TOPICS.map((t) => (
        <TopicToggle key={t.id} topic={t} checked={topics[t.id]} onChange={setTopic}>
          {t.id === "due" && (
            <span className="days">
              <label htmlFor="days-before">Days before due</label>
              <select
                id="days-before"
                value={days}
                disabled={!topics.due}
                onChange={(e) => setDays(Number(e.target.value))}
              >
                {[1, 2, 3, 5].map((d) => (
                  <option key={d} value={d}>
                    {d}
                  </option>
                ))}
              </select>
            </span>
          )}
        </TopicToggle>
      ))}

      <fieldset className="channel">
        <legend>Send notices by</legend>
        {CHANNELS.map((c) => (
          <label key={c}>
            <input type="radio" name="channel" checked={channel === c} onChange={() => setChannel(c)} />
            {c}
          </label>
        ))}
      </fieldset>

      <div className="buttons">
        <button type="button" onClick={save}>
          Save
        </button>
        <button type="button" onClick={saveAndTest}>
          Save and send test
        </button>
      </div>
      {message && <p className="message">{message}</p>}
    </div>
  );
}
