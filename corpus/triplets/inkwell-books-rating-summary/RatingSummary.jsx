import { Component } from "react";
import { averageOf, percentOf, totalOf } from "./ratingMath.js";

const BOOK = { title: "The Salt Road Cartographer", author: "Imogen Vale", format: "Paperback, 412 pages" };
const COUNTS = { 5: 12, 4: 6, 3: 3, 2: 1, 1: 2 };
const LEVELS = [5, 4, 3, 2, 1];

function starsWord(n) {
  return n === 1 ? "1 star" : n + " stars";
}

export default class RatingSummary extends Component {
  static defaultProps = { book: BOOK, counts: COUNTS };

  constructor(props) {
    super(props);
    this.state = { counts: { ...props.counts }, mine: 0 };
  }

  give(n) {
    this.setState(({ counts, mine }) => {
      const next = { ...counts };
      if (mine) next[mine] -= 1;
      next[n] += 1;
      return { counts: next, mine: n };
    });
  }

  remove() {
    this.setState(({ counts, mine }) => {
      if (!mine) return null;
      return { counts: { ...counts, [mine]: counts[mine] - 1 }, mine: 0 };
    });
  }

  render() {
    const { book } = this.props;
    const { counts, mine } = this.state;
    const total = totalOf(counts);

    return (
      <section className="rating-summary">
        <h1>{book.title}</h1>
        <p className="author">
          {book.author} - {book.format}
        </p>

        <div className="headline">
          <span className="avg">{averageOf(counts).toFixed(1)} out of 5</span>
          <span className="total"> ({total} ratings)</span>
        </div>

        <ul className="bars">
          {LEVELS.map((n) => (
            <li key={n} className="bar-row">
              <span className="level">{starsWord(n)}</span>
              <progress max={total} value={counts[n]} />
              <span className="pct">{percentOf(counts[n], total)}%</span>
            </li>
          ))}
        </ul>

        <h2>Rate this book</h2>
        <div className="give">
          {[1, 2, 3, 4, 5].map((n) => (
            <button
              key={n}
              className={n <= mine ? "star lit" : "star"}
              aria-label={"Give " + starsWord(n)}
              onClick={() => this.give(n)}
            >
              ★
            </button>
          ))}
        </div>
        {mine > 0 ? (
          <p className="mine">
            Your rating: {starsWord(mine)}{" "}
            <button className="link" onClick={() => this.remove()}>
              Remove my rating
            </button>
          </p>
        ) : (
          <p className="mine">You have not rated this book.</p>
        )}
      </section>
    );
  }
}
