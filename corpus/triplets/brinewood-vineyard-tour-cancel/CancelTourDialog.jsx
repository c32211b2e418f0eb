import { Component } from "react";
import { euros, refundFor } from "./refund.js";

export default class CancelTourDialog extends Component {
  render() {
    const { booking, onConfirm, onDismiss } = this.props;
    const refund = refundFor(booking);
    return (
      <div className="overlay">
        <div role="alertdialog" aria-labelledby="cancel-title" aria-describedby="cancel-body">
          <h2 id="cancel-title">Cancel {booking.tour}?</h2>
          <div id="cancel-body">
            <p>
              Booking {booking.code} on {booking.date} for {booking.guests} guests.
            </p>
            <p className="refund">
              Refund: {euros(refund.cents)} ({refund.share}%)
            </p>
          </div>
          <button type="button" onClick={onDismiss}>
            Keep booking
          </button>
          <button type="button" onClick={onConfirm}>
            Cancel booking
          </button>
        </div>
      </div>
    );
  }
}
