import React from "react";
import { BASKET, VOUCHERS, VOUCHER_FORMAT, cad, checkoutTotals } from "./checkout.js";

class VoucherCheckout extends React.Component {
  constructor(props) {
    super(props);
    this.state = { promoText: "", promo: false, promoMsg: "", voucherText: "", voucher: null, voucherMsg: "" };
  }

  applyPromo = () => {
    const code = this.state.promoText.trim().toUpperCase();
    if (code === "READMORE") this.setState({ promo: true, promoMsg: "READMORE applied: 3 for 2 on paperbacks" });
    else this.setState({ promo: false, promoMsg: "That promo code doesn't exist" });
  };

  applyVoucher = () => {
    const code = this.state.voucherText.trim().toUpperCase();
    if (!VOUCHER_FORMAT.test(code)) {
      this.setState({ voucher: null, voucherMsg: "Voucher codes look like MB-1234-AB" });
    } else if (!(code in VOUCHERS)) {
      this.setState({ voucher: null, voucherMsg: "Voucher not found" });
    } else {
      this.setState({ voucher: code, voucherMsg: "" });
    }
  };

  render() {
    const { items } = this.props;
    const { promo, voucher } = this.state;
    const t = checkoutTotals(items, promo, voucher ? VOUCHERS[voucher] : 0);

    return (
      <div className="checkout">
        <h1>Marginalia Books · checkout</h1>
        <table className="basket">
          <tbody>
            {items.map((i) => (
              <tr key={i.isbn}>
                <td>{i.title}</td>
                <td>{i.format}</td>
                <td>{cad(i.price)}</td>
              </tr>
            ))}
          </tbody>
        </table>

        <div className="codes">
          <label htmlFor="promo">Promo code</label>
          <input id="promo" value={this.state.promoText} onChange={(e) => this.setState({ promoText: e.target.value })} />
          <button onClick={this.applyPromo}>Apply promo</button>
          {this.state.promoMsg && <p className="promo-msg">{this.state.promoMsg}</p>}

          <label htmlFor="voucher">Gift voucher</label>
          <input
            id="voucher"
            value={this.state.voucherText}
            onChange={(e) => this.setState({ voucherText: e.target.value })}
          />
          <button onClick={this.applyVoucher}>Use voucher</button>
          {this.state.voucherMsg && <p className="voucher-msg">{this.state.voucherMsg}</p>}
        </div>

        <dl className="totals">
          <dt>Books</dt>
          <dd id="books">{cad(t.subtotal)}</dd>
          {t.discount > 0 && (
            <>
              <dt>3 for 2</dt>
              <dd id="discount">-{cad(t.discount)}</dd>
            </>
          )}
          <dt>Shipping</dt>
          <dd id="shipping">{t.shipping === 0 ? "Free" : cad(t.shipping)}</dd>
          <dt>Order total</dt>
          <dd id="order-total">{cad(t.total)}</dd>
          {voucher && (
            <>
              <dt>Voucher {voucher}</dt>
              <dd id="voucher-used">-{cad(t.voucherUsed)}</dd>
            </>
          )}
          <dt>To pay by card</dt>
          <dd id="to-pay">{cad(t.toPay)}</dd>
        </dl>
        {voucher && t.remains > 0 && (
          <p className="remains">
            {cad(t.remains)} remains on voucher {voucher}
          </p>
        )}
      </div>
    );
  }
}

VoucherCheckout.defaultProps = { items: BASKET };

export default VoucherCheckout;
