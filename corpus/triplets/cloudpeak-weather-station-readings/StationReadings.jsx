import { Component } from "react";
import { summary, showTemp } from "./readings.js";

const READINGS = [
  { time: "06:00", tempC: 4.2, rainMm: 0.0, windKmh: 12 },
  { time: "07:00", tempC: 5.8, rainMm: 0.4, windKmh: 15 },
  { time: "08:00", tempC: 7.1, rainMm: 1.2, windKmh: 22 },
  { time: "09:00", tempC: 6.5, rainMm: 0.0, windKmh: 18 },
];

function Message({ kind, children }) {
  return (
    <p className={"station-msg " + kind} role={kind === "error" ? "alert" : undefined}>
      {children}
    </p>
  );
}

export default class StationReadings extends Component {
  static defaultProps = {
    station: "CP-07 Cloudpeak saddle",
    altitude: 1840,
    loading: false,
    error: null,
    readings: READINGS,
  };

  state = { unit: "C" };

  toggleUnit = () => this.setState(({ unit }) => ({ unit: unit === "C" ? "F" : "C" }));

  renderBody() {
    const { loading, error, readings, station } = this.props;
    const { unit } = this.state;
    if (loading) return <Message kind="loading">Contacting station {station.split(" ")[0]}...</Message>;
    if (error) return <Message kind="error">Station offline: {error}</Message>;
    if (readings.length === 0) return <Message kind="empty">No readings in the last 24 hours.</Message>;

    const s = summary(readings);
    return (
      <>
        <ul className="summary">
          <li>
            High <span className="high">{showTemp(s.max, unit)}</span>
          </li>
          <li>
            Low <span className="low">{showTemp(s.min, unit)}</span>
          </li>
          <li>
            Rain <span className="rain">{s.rain.toFixed(1)} mm</span>
          </li>
        </ul>
        <button onClick={this.toggleUnit}>{unit === "C" ? "Show °F" : "Show °C"}</button>
        <table>
          <thead>
            <tr>
              <th>Time</th>
              <th>Temp</th>
              <th>Rain</th>
              <th>Wind</th>
            </tr>
          </thead>
          <tbody>
            {readings.map((r) => (
              <tr key={r.time} className="reading">
                <td>{r.time}</td>
                <td>{showTemp(r.tempC, unit)}</td>
                <td>{r.rainMm.toFixed(1)} mm</td>
                <td>{r.windKmh} km/h</td>
              </tr>
            ))}
          </tbody>
        </table>
      </>
    );
  }

  render() {
    const { station, altitude } = this.props;
    return (
      <div className="station">
        <h1>{station}</h1>
        <p className="altitude">{altitude} m above sea level</p>
        {this.renderBody()}
      </div>
    );
  }
}
