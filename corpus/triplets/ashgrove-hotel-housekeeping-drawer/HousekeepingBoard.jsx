import { Component } from "react";
import RoomDrawer from "./RoomDrawer.jsx";

const ROOMS = [
  { number: "101", type: "King", info: "checked out 10:40", status: "Dirty", note: "" },
  { number: "102", type: "Twin", info: "vacant", status: "Clean", note: "" },
  { number: "204", type: "Double", info: "arrival 15:00", status: "Cleaning", note: "" },
  { number: "305", type: "Garden suite", info: "checked out 09:15", status: "Dirty", note: "" },
];

const READY = ["Clean", "Inspected"];

export default class HousekeepingBoard extends Component {
  static defaultProps = { rooms: ROOMS, floorLead: "Marta Ilves" };

  constructor(props) {
    super(props);
    this.state = { rooms: props.rooms, openNumber: null, lastSaved: "" };
  }

  handleSave = (number, status, note) => {
    this.setState((s) => ({
      rooms: s.rooms.map((r) => (r.number === number ? { ...r, status, note } : r)),
      openNumber: null,
      lastSaved: `Room ${number} saved as ${status}`,
    }));
  };

  handleDiscard = () => {
    this.setState({ openNumber: null });
  };

  render() {
    const { rooms, openNumber, lastSaved } = this.state;
    const ready = rooms.filter((r) => READY.includes(r.status)).length;
    const open = rooms.find((r) => r.number === openNumber);

    return (
      <div className="housekeeping">
        <h1>Ashgrove Hotel - housekeeping</h1>
        <p className="lead">Floor lead: {this.props.floorLead}</p>
        <div className="ready">Ready rooms: {ready}</div>
        <ul className="rooms">
          {rooms.map((r) => (
            <li key={r.number}>
              <button type="button" className="room-link" onClick={() => this.setState({ openNumber: r.number })}>
                {r.number}
              </button>
              <span className="badge">{r.status}</span>
              {r.note && <em className="note">Note: {r.note}</em>}
            </li>
          ))}
        </ul>
        {lastSaved && (
          <p className="saved" role="status">
            {lastSaved}
          </p>
        )}
        {open && (
          <RoomDrawer key={open.number} room={open} onSave={this.handleSave} onDiscard={this.handleDiscard} />
        )}
      </div>
    );
  }
}
