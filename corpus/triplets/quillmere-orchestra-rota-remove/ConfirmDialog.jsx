import { Component, createRef } from "react";

// The rota's "are you sure?" box. The safe choice (keep the player) gets the focus,
// and the Escape key backs out the same way.
export default class ConfirmDialog extends Component {
  keepButton = createRef();

  componentDidMount() {
    this.keepButton.current.focus();
    window.addEventListener("keydown", this.handleKey);
  }

  componentWillUnmount() {
    window.removeEventListener("keydown", this.handleKey);
  }

  handleKey = (event) => {
    if (event.key === "Escape") this.props.onCancel();
  };

  render() {
    const { title, children, confirmLabel, cancelLabel, onConfirm, onCancel } = this.props;
    return (
      <section className="rota-overlay">
        <div role="dialog" aria-modal="true" aria-labelledby="rota-dialog-heading" className="rota-dialog">
          <h2 id="rota-dialog-heading">{title}</h2>
          <p className="rota-dialog-text">{children}</p>
          <footer className="rota-dialog-buttons">
            <button type="button" ref={this.keepButton} onClick={onCancel}>
              {cancelLabel}
            </button>
            <button type="button" className="remove" onClick={onConfirm}>
              {confirmLabel}
            </button>
          </footer>
        </div>
      </section>
    );
  }
}
