import { Component } from "react";

export default class NotesDrawer extends Component {
  state = { wide: false };

  toggleWide = () => this.setState((s) => ({ wide: !s.wide }));

  render() {
    const { episode, onClose, onJump } = this.props;
    const { wide } = this.state;
    return (
      <aside
        id="episode-notes"
        className={wide ? "notes-drawer wide" : "notes-drawer"}
        role="dialog"
        aria-label={`${episode.code} - ${episode.title} notes`}
      >
        <div className="drawer-top">
          <button type="button" aria-pressed={wide} onClick={this.toggleWide}>
            Wide view
          </button>
          <button type="button" aria-label="Close notes" onClick={onClose}>
            ×
          </button>
        </div>
        <h2>
          {episode.code} - {episode.title}
        </h2>
        <p>Guest: {episode.guest}</p>
        <p>Length: {episode.length}</p>
        <h3>Chapters</h3>
        <ul className="chapters">
          {episode.chapters.map((ch) => (
            <li key={ch.start}>
              <button type="button" onClick={() => onJump(episode.code, ch.start)}>
                {ch.start} {ch.label}
              </button>
            </li>
          ))}
        </ul>
      </aside>
    );
  }
}
