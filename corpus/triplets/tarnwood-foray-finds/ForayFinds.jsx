import { Component } from "react";
import { EDIBILITY, FINDS, HABITATS } from "./finds.js";

export default class ForayFinds extends Component {
  static defaultProps = { finds: FINDS, foray: "October foray, Tarnwood Forest" };

  state = { edibility: "All", habitats: [] };

  toggleHabitat = (habitat) => {
    this.setState(({ habitats }) => ({
      habitats: habitats.includes(habitat) ? habitats.filter((h) => h !== habitat) : [...habitats, habitat],
    }));
  };

  setEdibility = (event) => {
    this.setState({ edibility: event.target.value });
  };

  visible() {
    const { edibility, habitats } = this.state;
    return this.props.finds.filter((f) => {
      if (edibility !== "All" && f.edibility !== edibility) return false;
      if (habitats.length > 0 && !habitats.includes(f.habitat)) return false;
      return true;
    });
  }

  render() {
    const finds = this.visible();
    return (
      <section className="finds">
        <h1>Tarnwood Mycological Society</h1>
        <p className="foray">{this.props.foray}</p>

        <div className="filter-bar">
          <label>
            Edibility
            <select value={this.state.edibility} onChange={this.setEdibility}>
              {EDIBILITY.map((e) => (
                <option key={e}>{e}</option>
              ))}
            </select>
          </label>

          <div className="habitats" role="group" aria-label="Habitat">
            {HABITATS.map((h) => (
              <button
                key={h}
                type="button"
                aria-pressed={this.state.habitats.includes(h)}
                onClick={() => this.toggleHabitat(h)}
              >
                {h}
              </button>
            ))}
          </div>
        </div>

        <h2>Finds ({finds.length})</h2>
        <ul className="find-list">
          {finds.map((f) => (
            <li key={f.latin} className={"find " + f.edibility.toLowerCase()}>
              <span className="common">{f.common}</span> <i>{f.latin}</i>
              <span className="habitat">{f.habitat}</span>
              {f.edibility === "Deadly" ? <strong> Deadly - do not handle</strong> : <span> {f.edibility}</span>}
            </li>
          ))}
        </ul>
        {finds.length === 0 && <p>No finds for this combination.</p>}

        <p className="disclaimer">Never eat anything identified only from this list.</p>
      </section>
    );
  }
}
