import { Component } from "react";
import LanguageChips from "./LanguageChips.jsx";

const LANGUAGES = [
  "British Sign Language (BSL)",
  "Irish Sign Language (ISL)",
  "American Sign Language (ASL)",
  "Auslan",
  "International Sign",
  "Polish",
  "Portuguese",
  "Punjabi",
  "Pashto",
  "Persian (Farsi)",
  "Somali",
  "Spanish",
  "Swahili",
  "Urdu",
  "Ukrainian",
];

const MAX_SUGGESTIONS = 5;
const MAX_LANGUAGES = 3;

export default class LanguagePicker extends Component {
  static defaultProps = { languages: LANGUAGES };

  state = { text: "", chosen: [] };

  suggestions() {
    const q = this.state.text.trim().toLowerCase();
    if (!q) return [];
    return this.props.languages
      .filter((l) => !this.state.chosen.includes(l))
      .filter((l) => l.toLowerCase().includes(q))
      .slice(0, MAX_SUGGESTIONS);
  }

  add(lang) {
    this.setState((s) => ({ chosen: [...s.chosen, lang], text: "" }));
  }

  remove = (lang) => {
    this.setState((s) => ({ chosen: s.chosen.filter((l) => l !== lang) }));
  };

  onKeyDown = (e) => {
    if (e.key !== "Enter") return;
    e.preventDefault();
    const first = this.suggestions()[0];
    if (first) this.add(first);
  };

  render() {
    const full = this.state.chosen.length >= MAX_LANGUAGES;
    const suggestions = this.suggestions();
    const typed = this.state.text.trim() !== "";

    return (
      <section className="profile">
        <h1>Signbridge - interpreter profile</h1>
        <h2>Languages you interpret</h2>

        <LanguageChips chosen={this.state.chosen} onRemove={this.remove} />

        <label htmlFor="lang-input">Add a language</label>
        <input
          id="lang-input"
          value={this.state.text}
          disabled={full}
          onChange={(e) => this.setState({ text: e.target.value })}
          onKeyDown={this.onKeyDown}
        />
        {full && <p className="limit">You can add up to {MAX_LANGUAGES} languages</p>}

        {typed && !full && (
          <ul className="suggestions" role="listbox" aria-label="Language suggestions">
            {suggestions.map((l) => (
              <li key={l} role="option" aria-selected="false" onClick={() => this.add(l)}>
                {l}
              </li>
            ))}
          </ul>
        )}
        {typed && !full && suggestions.length === 0 && <p className="none">No more matches</p>}

        <p className="small">Press Enter to add the first suggestion. Registration numbers are checked by the office.</p>
      </section>
    );
  }
}
