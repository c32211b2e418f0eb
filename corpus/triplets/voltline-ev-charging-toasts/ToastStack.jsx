import { Component } from "react";

// Legacy toast stack: parents call add() through a ref.
export default class ToastStack extends Component {
  state = { toasts: [] };
  counter = 0;

  add(text, kind = "info") {
    this.counter += 1;
    const toast = { id: this.counter, text, kind };
    this.setState((s) => ({ toasts: [toast, ...s.toasts] }));
  }

  dismiss(id) {
    this.setState((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
  }

  dismissAll = () => {
    this.setState({ toasts: [] });
  };

  render() {
    const { toasts } = this.state;
    if (toasts.length === 0) return null;
    return (
      <div className="toast-stack" role="region" aria-label="Charging notifications">
        {toasts.length > 1 && (
          <button type="button" className="dismiss-all" onClick={this.dismissAll}>
            Dismiss all
          </button>
        )}
        {toasts.map((t) => (
          <div key={t.id} className={`toast ${t.kind}`} role={t.kind === "error" ? "alert" : "status"}>
            <p>{t.text}</p>
            <button type="button" onClick={() => this.dismiss(t.id)}>
              Dismiss
            </button>
          </div>
        ))}
      </div>
    );
  }
}
