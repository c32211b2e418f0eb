import { Component } from "react";

export default class BannerShelf extends Component {
  render() {
    const { banners, onDismiss, onLater } = this.props;
    if (banners.length === 0) return null;
    return (
      <div className="banner-shelf">
        {banners.map((b) => (
          <div key={b.id} className={"banner " + b.kind} role="region" aria-label={b.title}>
            <h2>{b.title}</h2>
            <p>{b.body}</p>
            {b.canSnooze && (
              <button type="button" onClick={() => onLater(b.id)}>
                Remind me later
              </button>
            )}
            <button type="button" onClick={() => onDismiss(b.id)}>
              {b.kind === "promo" ? "No thanks" : "Dismiss"}
            </button>
          </div>
        ))}
      </div>
    );
  }
}
