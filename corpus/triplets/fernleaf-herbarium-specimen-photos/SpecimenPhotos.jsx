import { Component, createRef } from "react";

const VIEWS = ["Whole sheet", "Leaf detail", "Flower detail", "Label"];
const MAX_PHOTOS = 6;

export default class SpecimenPhotos extends Component {
  static defaultProps = { barcode: "FLH-004512", taxon: "Primula vulgaris Huds." };

  state = { photos: [], error: "" };

  nameInput = createRef();

  add = (e) => {
    e.preventDefault();
    const name = this.nameInput.current.value.trim();
    const prefix = `${this.props.barcode}_`;
    let error = "";
    if (!name.startsWith(prefix)) error = `Photo names must start with the specimen barcode ${prefix}`;
    else if (!/\.(jpe?g|tiff?)$/i.test(name)) error = "Use JPG or TIFF for herbarium photos";
    else if (this.state.photos.some((p) => p.name === name)) error = `${name} is already listed`;
    else if (this.state.photos.length >= MAX_PHOTOS) error = `At most ${MAX_PHOTOS} photos per sheet`;
    if (error) {
      this.setState({ error });
      return;
    }
    this.setState(({ photos }) => ({ photos: [...photos, { name, view: VIEWS[0] }], error: "" }));
    this.nameInput.current.value = "";
  };

  setView(index, view) {
    this.setState(({ photos }) => ({ photos: photos.map((p, i) => (i === index ? { ...p, view } : p)) }));
  }

  remove(index) {
    this.setState(({ photos }) => ({ photos: photos.filter((_, i) => i !== index) }));
  }

  removeAll = () => this.setState({ photos: [], error: "" });

  render() {
    const { photos, error } = this.state;
    const count = photos.length === 1 ? "1 photo" : `${photos.length} photos`;
    return (
      <section className="specimen-photos">
        <h1>Fernleaf Herbarium - digitisation</h1>
        <p>
          Sheet {this.props.barcode}: <i>{this.props.taxon}</i>
        </p>
        <form onSubmit={this.add}>
          <label htmlFor="sp-name">Photo file name</label>
          <input id="sp-name" ref={this.nameInput} defaultValue="" />
          <button type="submit">Add photo</button>
        </form>
        {error && <div className="photo-error">{error}</div>}

        {photos.length === 0 ? (
          <p className="empty">No photos added</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>File</th>
                <th>View</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {photos.map((p, i) => (
                <tr key={p.name}>
                  <td>{p.name}</td>
                  <td>
                    <select aria-label="View" value={p.view} onChange={(e) => this.setView(i, e.target.value)}>
                      {VIEWS.map((v) => (
                        <option key={v}>{v}</option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <button onClick={() => this.remove(i)}>Remove</button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="photo-count">{count}</p>
        <button onClick={this.removeAll} disabled={photos.length === 0}>
          Remove all
        </button>
      </section>
    );
  }
}
