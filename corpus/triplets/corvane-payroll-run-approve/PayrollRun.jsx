import { Component } from "react";
import ApproveDialog from "./ApproveDialog.jsx";
import { RUN, money, totals } from "./payroll.js";

export default class PayrollRun extends Component {
  static defaultProps = { run: RUN };

  state = { status: "Draft", confirming: false };

  openConfirm = () => this.setState({ confirming: true });

  closeConfirm = () => this.setState({ confirming: false });

  approve = () => this.setState({ status: "Approved", confirming: false });

  render() {
    const { run } = this.props;
    const { status, confirming } = this.state;
    const t = totals(run.lines);

    return (
      <div className="payroll">
        <h1>Corvane Payroll - {run.label}</h1>
        <p>
          Status: <strong className="run-status">{status}</strong>
        </p>
        <table>
          <thead>
            <tr>
              <th>Employee</th>
              <th>Gross</th>
              <th>Tax</th>
              <th>Net</th>
            </tr>
          </thead>
          <tbody>
            {run.lines.map((l) => (
              <tr key={l.id}>
                <td>{l.name}</td>
                <td>{money(l.gross)}</td>
                <td>{money(l.tax)}</td>
                <td>{money(l.gross - l.tax)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th>Total</th>
              <td>{money(t.gross)}</td>
              <td>{money(t.tax)}</td>
              <td className="net-total">{money(t.net)}</td>
            </tr>
          </tfoot>
        </table>

        {status === "Draft" ? (
          <button type="button" onClick={this.openConfirm}>
            Approve run
          </button>
        ) : (
          <p className="sent">Sent to bank on {run.payDate}</p>
        )}

        {confirming && (
          <ApproveDialog
            label={run.label}
            count={run.lines.length}
            net={money(t.net)}
            payDate={run.payDate}
            onApprove={this.approve}
            onBack={this.closeConfirm}
          />
        )}
      </div>
    );
  }
}
