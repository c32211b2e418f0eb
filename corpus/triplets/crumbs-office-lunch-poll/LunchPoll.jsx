import { Component } from "react";
import { findDuplicate, outcome } from "./pollUtils.js";
import OptionRow from "./OptionRow.jsx";

const OPTIONS = [
  { name: "Bao Brothers", votes: 4 },
  { name: "Mezze Corner", votes: 3 },
  { name: "Pizza Fabbrica", votes: 4 },
];

export default class LunchPoll extends Component {
  static defaultProps = { options: OPTIONS, occasion: "Thursday team lunch", organiser: "Wen from Finance" };

  state = { options: this.props.options, mine: null, closed: false, suggestion: "", error: "" };

  vote = (name) => {
    if (this.state.closed || this.state.mine) return;
    this.setState((s) => ({
      mine: name,
      options: s.options.map((o) => (o.name === name ? { ...o, votes: o.votes + 1 } : o)),
    }));
  };

  suggest = (e) => {
    e.preventDefault();
    const name = this.state.suggestion.trim();
    if (!name) return;
    const dup = findDuplicate(this.state.options, name);
    if (dup) {
      this.setState({ error: dup.name + " is already on the list." });
      return;
    }
    this.setState((s) => ({ options: [...s.options, { name, votes: 0 }], suggestion: "", error: "" }));
  };

  render() {
    const { occasion, organiser } = this.props;
    const { options, mine, closed, suggestion, error } = this.state;
    const result = closed ? outcome(options) : null;

    return (
      <div className="lunch-poll">
        <h1>Where for {occasion}?</h1>
        <p className="organiser">Poll by {organiser}</p>

        <table>
          <thead>
            <tr>
              <th>Place</th>
              <th>Votes</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {options.map((o) => (
              <OptionRow key={o.name} option={o} mine={mine === o.name} canVote={!closed && !mine} onVote={this.vote} />
            ))}
          </tbody>
        </table>

        {!closed && (
          <form onSubmit={this.suggest} className="suggest">
            <input
              placeholder="Suggest a place"
              value={suggestion}
              onChange={(e) => this.setState({ suggestion: e.target.value, error: "" })}
            />
            <button type="submit">Add</button>
            {error && <span className="error">{error}</span>}
          </form>
        )}

        {closed ? (
          <p className="result">{result}</p>
        ) : (
          <button onClick={() => this.setState({ closed: true })}>Close poll</button>
        )}
      </div>
    );
  }
}
