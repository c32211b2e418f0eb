import { useContext } from "react";
import { BallotContext } from "./ballot.js";

export default function TalkCard({ talk }) {
  const { picks, toggle, full } = useContext(BallotContext);
  const picked = picks.includes(talk.id);
  const id = "pick-" + talk.id;

  return (
    <div className={picked ? "talk picked" : "talk"}>
      <input id={id} type="checkbox" checked={picked} disabled={full && !picked} onChange={() => toggle(talk.id)} />
      <label htmlFor={id}>{talk.title}</label>
      <p className="speaker">
        {talk.speaker} - {talk.track}
      </p>
    </div>
  );
}
