import { Component } from "react";
import HiveCard from "./HiveCard.jsx";

const HIVES = [
  { code: "LH-01", apiary: "Orchard Gate", queen: "Buckfast 2023", frames: 9, temper: "Calm" },
  { code: "LH-02", apiary: "Orchard Gate", queen: "Carniolan 2022", frames: 7, temper: "Calm" },
  { code: "LH-05", apiary: "Mill Lane", queen: "Buckfast 2024", frames: 6, temper: "Calm" },
  { code: "LH-07", apiary: "Mill Lane", queen: "Italian 2023", frames: 10, temper: "Defensive" },
  { code: "LH-11", apiary: "Heather Top", queen: "Carniolan 2024", frames: 8, temper: "Calm" },
  { code: "LH-12", apiary: "Heather Top", queen: "Black bee 2021", frames: 5, temper: "Defensive" },
  { code: "LH-15", apiary: "Church Meadow", queen: "Buckfast 2022", frames: 8, temper: "Calm" },
  { code: "LH-21", apiary: "Church Meadow", queen: "Italian 2024", frames: 4, temper: "Calm" },
];

function matches(hive, words) {
  const haystack = [hive.code, hive.apiary, hive.queen].join(" ").toLowerCase();
  return haystack.includes(words);
}

export default class HiveRegister extends Component {
  static defaultProps = { hives: HIVES, coop: "Linden Hollow beekeepers' co-op" };

  constructor(props) {
    super(props);
    this.state = { query: "" };
    this.handleChange = this.handleChange.bind(this);
  }

  handleChange(event) {
    this.setState({ query: event.target.value });
  }

  visibleHives() {
    const words = this.state.query.trim().toLowerCase();
    if (words === "") return this.props.hives;
    return this.props.hives.filter((hive) => matches(hive, words));
  }

  render() {
    const { coop, hives } = this.props;
    const visible = this.visibleHives();
    const noun = visible.length === 1 ? "hive" : "hives";

    return (
      <section className="register">
        <h1>Hive register</h1>
        <p className="coop">{coop}</p>

        <div className="toolbar">
          <input
            type="text"
            aria-label="Search hives"
            placeholder="Code, apiary or queen line"
            value={this.state.query}
            onChange={this.handleChange}
          />
          <span className="total">{hives.length} hives on the books</span>
        </div>

        <p role="status">
          {visible.length} {noun} found
        </p>

        {visible.length === 0 && <p className="none">No hive matches {this.state.query.trim()}</p>}

        <div className="cards">
          {visible.map((hive) => (
            <HiveCard key={hive.code} hive={hive} />
          ))}
        </div>

        <footer>
          <small>Inspections every 9 days from April to August.</small>
        </footer>
      </section>
    );
  }
}
