import { useState } from "react";
import useWordLimit from "./useWordLimit.js";

const FLOURS = ["Stoneground wholemeal", "Strong white", "Dark rye", "Spelt", "Heritage Maris Widgeon"];
const VOLUMES = ["Under 10 sacks", "10-30 sacks", "30-100 sacks", "Over 100 sacks"];

export default function WholesaleEnquiry() {
  const message = useWordLimit(40);
  const [bakery, setBakery] = useState("");
  const [email, setEmail] = useState("");
  const [flours, setFlours] = useState([]);
  const [volume, setVolume] = useState(VOLUMES[1]);
  const [status, setStatus] = useState("");

  const toggle = (f) => setFlours((list) => (list.includes(f) ? list.filter((x) => x !== f) : [...list, f]));

  function send(e) {
    e.preventDefault();
    if (!bakery.trim() || !email.includes("@")) {
      setStatus("Add your bakery name and an e-mail address");
      return;
    }
    if (flours.length === 0) {
      setStatus("Pick at least one flour you are interested in");
      return;
    }
    setStatus(`Thanks, ${bakery.trim()} - our trade team will send prices for ${flours.length} flours to ${email}.`);
  }

  return (
    <form className="wholesale" onSubmit={send} noValidate>
      <h1>Grainger's Mill - trade enquiries</h1>
      <p>Water-powered stone milling since 1791. Minimum order 5 sacks (16 kg).</p>
      <label htmlFor="we-bakery">Bakery or business name</label>
      <input id="we-bakery" value={bakery} onChange={(e) => setBakery(e.target.value)} />
      <label htmlFor="we-email">E-mail</label>
      <input id="we-email" value={email} onChange={(e) => setEmail(e.target.value)} />
      <fieldset>
        <legend>Flours</legend>
        {FLOURS.map((f) => (
          <label key={f}>
            <input type="checkbox" checked={flours.includes(f)} onChange={() => toggle(f)} />
            {f}
          </label>
        ))}
      </fieldset>
      <label htmlFor="we-volume">Monthly volume</label>
      <select id="we-volume" value={volume} onChange={(e) => setVolume(e.target.value)}>
        {VOLUMES.map((v) => (
          <option key={v}>{v}</option>
        ))}
      </select>
      <label htmlFor="we-message">Tell us about your bakery (max 40 words)</label>
      <textarea id="we-message" value={message.text} onChange={(e) => message.setText(e.target.value)} />
      <span className="word-count">
        {message.words} / {message.limit} words
      </span>
      {message.tooLong && <span className="word-over">Over the limit by {message.over} words</span>}
      <button type="submit" disabled={message.tooLong}>
        Send enquiry
      </button>
      {status && <p className="status">{status}</p>}
    </form>
  );
}
