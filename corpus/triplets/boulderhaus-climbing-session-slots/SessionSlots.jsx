import { Component } from "react";
import SlotCard from "./SlotCard.jsx";

const SESSIONS = [
  { time: "07:00", name: "Early bird", capacity: 20, taken: 18, waitlist: 0 },
  { time: "12:00", name: "Lunch", capacity: 20, taken: 20, waitlist: 3 },
  { time: "17:30", name: "After work", capacity: 20, taken: 15, waitlist: 0 },
  { time: "19:30", name: "Evening", capacity: 20, taken: 17, waitlist: 0 },
];

const MAX_PARTY = 4;

export default class SessionSlots extends Component {
  static defaultProps = { sessions: SESSIONS, day: "Thursday 6 March", gym: "Boulderhaus Leith" };

  constructor(props) {
    super(props);
    this.state = { sessions: props.sessions, party: 1, notice: "" };
  }

  changeParty(delta) {
    this.setState(({ party }) => ({ party: Math.min(MAX_PARTY, Math.max(1, party + delta)), notice: "" }));
  }

  book(time) {
    const { party } = this.state;
    this.setState(({ sessions }) => ({
      sessions: sessions.map((s) => (s.time === time ? { ...s, taken: s.taken + party } : s)),
      notice: "Booked " + party + (party === 1 ? " climber" : " climbers") + " for " + time,
    }));
  }

  joinWaitlist(time) {
    const session = this.state.sessions.find((s) => s.time === time);
    const position = session.waitlist + 1;
    this.setState(({ sessions }) => ({
      sessions: sessions.map((s) => (s.time === time ? { ...s, waitlist: position } : s)),
      notice: "You are number " + position + " on the waitlist for " + time,
    }));
  }

  render() {
    const { day, gym } = this.props;
    const { sessions, party, notice } = this.state;

    return (
      <div className="session-slots">
        <h1>{gym}</h1>
        <h2>Sessions on {day}</h2>

        <div className="party">
          <span id="party-label">Climbers</span>
          <button aria-label="Fewer climbers" onClick={() => this.changeParty(-1)} disabled={party === 1}>
            −
          </button>
          <span className="party-size" aria-labelledby="party-label">
            {party}
          </span>
          <button aria-label="More climbers" onClick={() => this.changeParty(1)} disabled={party === MAX_PARTY}>
            +
          </button>
        </div>

        <div className="cards">
          {sessions.map((s) => (
            <SlotCard
              key={s.time}
              session={s}
              party={party}
              onBook={() => this.book(s.time)}
              onWaitlist={() => this.joinWaitlist(s.time)}
            />
          ))}
        </div>

        {notice && <p className="notice">{notice}</p>}
        <p className="small-print">Shoes and chalk included. Under 16s climb with an adult.</p>
      </div>
    );
  }
}
