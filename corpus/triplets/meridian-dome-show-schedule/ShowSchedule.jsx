import { Component } from "react";
import { COMPARATORS } from "./times.js";

const TODAY = [
  { id: 1, title: "Journey to the Outer Planets", start: "10:30", minutes: 35, seatsLeft: 42 },
  { id: 2, title: "Our Restless Sun", start: "9:15", minutes: 25, seatsLeft: 8 },
  { id: 3, title: "Black Holes for Beginners", start: "14:00", minutes: 40, seatsLeft: 0 },
  { id: 4, title: "Stars of the Southern Sky", start: "11:45", minutes: 30, seatsLeft: 61 },
  { id: 5, title: "Comet Hunters", start: "13:10", minutes: 20, seatsLeft: 15 },
  { id: 6, title: "The Night Sky Tonight (live)", start: "19:30", minutes: 50, seatsLeft: 27 },
  { id: 7, title: "Aurora", start: "16:05", minutes: 28, seatsLeft: 3 },
  { id: 8, title: "Moonwalkers", start: "9:50", minutes: 45, seatsLeft: 96 },
];

const SORTS = [
  { key: "start", label: "Start time" },
  { key: "duration", label: "Duration" },
  { key: "seats", label: "Seats left" },
];

class ShowSchedule extends Component {
  constructor(props) {
    super(props);
    this.state = { sortKey: "start" };
  }

  changeSort(key) {
    this.setState({ sortKey: key });
  }

  sortedShows() {
    const compare = COMPARATORS[this.state.sortKey];
    return [...this.props.shows].sort(compare);
  }

  renderSeats(show) {
    if (show.seatsLeft === 0) return <span className="sold-out">Sold out</span>;
    if (show.seatsLeft < 10) return <span className="few">Only {show.seatsLeft} left</span>;
    return <span>{show.seatsLeft} seats</span>;
  }

  render() {
    return (
      <div className="schedule">
        <h1>Meridian Dome - today's shows</h1>
        <p>Doors close two minutes before each show. No latecomers under the dome.</p>

        <fieldset className="sort">
          <legend>Order shows by</legend>
          {SORTS.map((s) => (
            <label key={s.key}>
              <input
                type="radio"
                name="sort"
                value={s.key}
                checked={this.state.sortKey === s.key}
                onChange={() => this.changeSort(s.key)}
              />
              {s.label}
            </label>
          ))}
        </fieldset>

        <table>
          <thead>
            <tr>
              <th>Show</th>
              <th>Starts</th>
              <th>Length</th>
              <th>Seats</th>
            </tr>
          </thead>
          <tbody>
            {this.sortedShows().map((show) => (
              <tr key={show.id}>
                <td className="show-title">{show.title}</td>
                <td>{show.start}</td>
                <td>{show.minutes} min</td>
                <td>{this.renderSeats(show)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }
}

ShowSchedule.defaultProps = { shows: TODAY };

export default ShowSchedule;
