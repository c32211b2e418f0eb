import { Component } from "react";

const PLAYERS = [
  { name: "Hana Kowalczyk", rating: 1912, played: 14, won: 9 },
  { name: "Derek Ames", rating: 1788, played: 16, won: 8 },
  { name: "Ifeoma Eze", rating: 2045, played: 12, won: 10 },
  { name: "Tomas Ruiz", rating: 1650, played: 10, won: 3 },
  { name: "Grace Liu", rating: 1873, played: 15, won: 11 },
  { name: "Pieter de Vries", rating: 1720, played: 9, won: 6 },
  { name: "Olga Petrenko", rating: 1990, played: 13, won: 7 },
  { name: "Ben Carver", rating: 1599, played: 11, won: 2 },
];

const winRate = (p) => (p.won / p.played) * 100;

const COLUMNS = [
  { id: "name", label: "Player", numeric: false, value: (p) => p.name },
  { id: "rating", label: "Rating", numeric: true, value: (p) => p.rating },
  { id: "played", label: "Played", numeric: true, value: (p) => p.played },
  { id: "won", label: "Won", numeric: true, value: (p) => p.won },
  { id: "rate", label: "Win %", numeric: true, value: winRate },
];

function firstDirection(column) {
  return column.numeric ? "desc" : "asc";
}

export default class ClubLadder extends Component {
  static defaultProps = { players: PLAYERS, season: "Autumn ladder 2024" };

  state = { by: "rating", dir: "desc" };

  sortBy(column) {
    this.setState((s) =>
      s.by === column.id
        ? { dir: s.dir === "asc" ? "desc" : "asc" }
        : { by: column.id, dir: firstDirection(column) }
    );
  }

  rows() {
    const column = COLUMNS.find((c) => c.id === this.state.by);
    const sign = this.state.dir === "asc" ? 1 : -1;
    return [...this.props.players].sort((a, b) => {
      const x = column.value(a);
      const y = column.value(b);
      return sign * (column.numeric ? x - y : x.localeCompare(y));
    });
  }

  render() {
    return (
      <div className="ladder">
        <h1>Rook &amp; Pawn Chess Club</h1>
        <h2>{this.props.season}</h2>
        <p className="tip">Click a column heading to sort. Challenges close on the last Friday of the month.</p>
        <table>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.id} onClick={() => this.sortBy(c)} className={this.state.by === c.id ? "sorted" : ""}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {this.rows().map((p) => (
              <tr key={p.name}>
                <td>{p.name}</td>
                <td>{p.rating}</td>
                <td>{p.played}</td>
                <td>{p.won}</td>
                <td>{Math.round(winRate(p))}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }
}
