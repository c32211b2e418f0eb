import { Component } from "react";
import { PER_PAGE, WAGONS, pageCountFor } from "./wagons.js";

export default class WagonRegistry extends Component {
  static defaultProps = { wagons: WAGONS, operator: "Karsten Rail Cargo" };

  state = { page: 1 };

  pageCount() {
    return pageCountFor(this.props.wagons.length, PER_PAGE);
  }

  goTo(page) {
    this.setState({ page });
  }

  renderRows(rows) {
    return rows.map((w) => (
      <tr key={w.number} className={w.inService ? "" : "withdrawn"}>
        <td>{w.number}</td>
        <td>{w.type}</td>
        <td>{w.depot}</td>
        <td>{w.tare} t</td>
        <td>{w.inService ? "In service" : "Withdrawn"}</td>
      </tr>
    ));
  }

  render() {
    const { wagons, operator } = this.props;
    const { page } = this.state;
    const pages = this.pageCount();
    const start = (page - 1) * PER_PAGE;
    const rows = wagons.slice(start, start + PER_PAGE);
    const end = Math.min(start + PER_PAGE, wagons.length);
    const atStart = page === 1;
    const atEnd = page === pages;

    return (
      <section className="registry">
        <h1>{operator} - wagon registry</h1>
        <p className="hint">Wagon numbers are shortened; the full UIC number is on the wagon card.</p>

        <table>
          <thead>
            <tr>
              <th>Wagon</th>
              <th>Type</th>
              <th>Home depot</th>
              <th>Tare</th>
              <th>Status</th>
            </tr>
          </thead>
          <tbody>{this.renderRows(rows)}</tbody>
        </table>

        <div className="pager">
          <button type="button" disabled={atStart} onClick={() => this.goTo(1)}>
            First
          </button>
          <button type="button" disabled={page <= 1} onClick={() => this.goTo(page - 1)}>
            Previous
          </button>
          <span className="where">
            Page {page} of {pages}
          </span>
          <button type="button" disabled={atEnd} onClick={() => this.goTo(page + 1)}>
            Next
          </button>
          <button type="button" disabled={atEnd} onClick={() => this.goTo(this.pageCount())}>
            Last
          </button>
        </div>
        <p className="showing">
          Showing {start + 1}-{end} of {wagons.length}
        </p>
      </section>
    );
  }
}
