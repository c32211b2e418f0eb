import { Component, createRef } from "react";

export default class LotMenu extends Component {
  state = { open: false };
  root = createRef();

  componentDidMount() {
    document.addEventListener("mousedown", this.handleOutside);
  }

  componentWillUnmount() {
    document.removeEventListener("mousedown", this.handleOutside);
  }

  handleOutside = (event) => {
    if (this.state.open && this.root.current && !this.root.current.contains(event.target)) {
      this.setState({ open: false });
    }
  };

  choose(item) {
    if (item.disabled) return;
    this.setState({ open: false });
    this.props.onChoose(item.id);
  }

  render() {
    const { lotNumber, items } = this.props;
    const { open } = this.state;
    return (
      <span className="lot-menu" ref={this.root}>
        <button
          type="button"
          aria-haspopup="menu"
          aria-expanded={open}
          onClick={() => this.setState({ open: !open })}
        >
          More actions for Lot {lotNumber}
        </button>
        {open && (
          <div role="menu" className="lot-menu-list">
            {items.map((item) => (
              <button
                key={item.id}
                type="button"
                role="menuitem"
                aria-disabled={item.disabled ? "true" : "false"}
                onClick={() => this.choose(item)}
              >
                {item.label}
              </button>
            ))}
          </div>
        )}
      </span>
    );
  }
}
