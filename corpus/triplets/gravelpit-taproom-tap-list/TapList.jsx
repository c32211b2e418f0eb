import useTapFilters from "./useTapFilters.js";
import { STYLES, TAPS, pint } from "./beers.js";

export default function TapList({ taps = TAPS }) {
  const f = useTapFilters(taps);

  return (
    <div className="taproom">
      <h1>Gravelpit Brewing Co. - on tap today</h1>
      <p className="updated">Board updated at opening, 12:00.</p>
      <p className="updated">Cask ales are pulled from tap 7 onwards.</p>

      <form className="tap-filters" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="style">Style</label>
        <select id="style" value={f.style} onChange={f.onStyle}>
          <option value="">All styles</option>
          {STYLES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>

        <label htmlFor="max-abv">Max ABV</label>
        <input id="max-abv" type="number" step="0.1" min="0" value={f.maxAbv} onChange={f.onMaxAbv} />

        <input id="gf" type="checkbox" checked={f.glutenFree} onChange={f.onGlutenFree} />
        <label htmlFor="gf">Gluten-free only</label>
      </form>

      <p className="showing">
        Showing {f.shown.length} of {taps.length} taps
      </p>

      {f.shown.length === 0 ? (
        <p className="empty">No beers on tap match. Ask at the bar about cans.</p>
      ) : (
        <ol className="taps">
          {f.shown.map((b) => (
            <li key={b.tap}>
              <span className="tap-no">Tap {b.tap}</span>
              <span className="beer">{b.name}</span>
              <span className="style">{b.style}</span>
              <span className="abv">{b.abv.toFixed(1)}%</span>
              <span className="price">{pint(b.price)} a pint</span>
              {b.glutenFree && <span className="gf-badge">GF</span>}
            </li>
          ))}
        </ol>
      )}

      <aside className="house-rules">
        <h2>House rules</h2>
        <ul>
          <li>Thirds available on everything over 7%.</li>
          <li>Tasting paddles: any four taps, {pint(8)}.</li>
          <li>Last orders 22:30, no exceptions for the darts team.</li>
        </ul>
      </aside>
    </div>
  );
}
