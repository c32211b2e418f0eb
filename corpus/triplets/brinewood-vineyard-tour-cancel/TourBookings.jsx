import { Component } from "react";
import CancelTourDialog from "./CancelTourDialog.jsx";
import { euros, refundFor } from "./refund.js";

const BOOKINGS = [
  { code: "BW-1042", tour: "Cellar & Barrel tour", date: "2025-06-20", guests: 2, paidCents: 9000 },
  { code: "BW-1057", tour: "Sunset tasting", date: "2025-06-06", guests: 4, paidCents: 16000 },
  { code: "BW-1063", tour: "Harvest picnic", date: "2025-06-03", guests: 2, paidCents: 11000 },
];

export default class TourBookings extends Component {
  static defaultProps = { bookings: BOOKINGS };

  constructor(props) {
    super(props);
    this.state = {
      cancelled: [],
      asking: null,
      notice: "",
    };
    this.confirmCancel = this.confirmCancel.bind(this);
    this.dismiss = this.dismiss.bind(this);
  }

  ask(code) {
    this.setState({ asking: code, notice: "" });
  }

  dismiss() {
    this.setState({ asking: null });
  }

  confirmCancel() {
    const booking = this.props.bookings.find((b) => b.code === this.state.asking);
    const refund = refundFor(booking);
    this.setState((s) => ({
      cancelled: [...s.cancelled, booking.code],
      asking: null,
      notice: `Booking ${booking.code} cancelled - refund ${euros(refund.cents)}`,
    }));
  }

  render() {
    const { bookings } = this.props;
    const { cancelled, asking, notice } = this.state;
    const current = bookings.find((b) => b.code === asking);

    return (
      <section>
        <h1>Brinewood Estate - my tours</h1>
        <table>
          <thead>
            <tr>
              <th>Booking</th>
              <th>Tour</th>
              <th>Date</th>
              <th>Status</th>
              <th></th>
            </tr>
          </thead>
          <tbody>
            {bookings.map((b) => {
              const isCancelled = cancelled.includes(b.code);
              return (
                <tr key={b.code}>
                  <td>{b.code}</td>
                  <td>{b.tour}</td>
                  <td>{b.date}</td>
                  <td>{isCancelled ? "Cancelled" : "Confirmed"}</td>
                  <td>
                    {!isCancelled && (
                      <button type="button" onClick={() => this.ask(b.code)}>
                        Cancel
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {notice && <p className="notice">{notice}</p>}
        {current && (
          <CancelTourDialog booking={current} onConfirm={this.confirmCancel} onDismiss={this.dismiss} />
        )}
      </section>
    );
  }
}
