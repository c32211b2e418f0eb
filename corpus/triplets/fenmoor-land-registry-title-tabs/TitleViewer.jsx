import useTabSet from "./useTabSet.js";

const TITLES = {
  "FN-4471": { address: "3 Mill Lane, Fenmoor", proprietor: "Agnes Thorley", tenure: "Freehold", charges: 1 },
  "FN-5203": { address: "Plot 12 Orchard Rise", proprietor: "Orchard Rise Homes Ltd", tenure: "Freehold", charges: 2 },
  "FN-6118": { address: "Flat 4, 9 Church Walk", proprietor: "Ruth & Owen Carrick", tenure: "Leasehold (125 years from 1998)", charges: 0 },
  "FN-6620": { address: "Land east of Sluice Drove", proprietor: "Fenmoor Drainage Board", tenure: "Freehold", charges: 0 },
};

function TitleSheet({ number, title }) {
  return (
    <dl className="title-sheet">
      <dt>Title number</dt>
      <dd>{number}</dd>
      <dt>Property</dt>
      <dd>{title.address}</dd>
      <dt>Proprietor</dt>
      <dd>{title.proprietor}</dd>
      <dt>Tenure</dt>
      <dd>{title.tenure}</dd>
      <dt>Registered charges</dt>
      <dd>{title.charges === 0 ? "None" : title.charges}</dd>
    </dl>
  );
}

export default function TitleViewer({ titles = TITLES, openAtStart = ["FN-4471", "FN-5203"] }) {
  const tabs = useTabSet(openAtStart);

  return (
    <div className="viewer">
      <h1>Fenmoor Land Registry - title viewer</h1>
      <section className="results">
        <h2>Search results</h2>
        <ul>
          {Object.keys(titles).map((n) => (
            <li key={n}>
              {n} {titles[n].address}{" "}
              <button type="button" aria-label={`Open ${n}`} onClick={() => tabs.open(n)}>
                Open
              </button>
            </li>
          ))}
        </ul>
      </section>

      <div className="doc-tabs" role="tablist" aria-label="Open titles">
        {tabs.ids.map((n) => (
          <span key={n} className="doc-tab">
            <button role="tab" aria-selected={n === tabs.active} onClick={() => tabs.select(n)}>
              {n}
            </button>
            <button type="button" className="tab-x" aria-label={`Close ${n}`} onClick={() => tabs.close(n)}>
              ×
            </button>
          </span>
        ))}
      </div>

      {tabs.active ? (
        <div role="tabpanel" aria-label={tabs.active}>
          <TitleSheet number={tabs.active} title={titles[tabs.active]} />
        </div>
      ) : (
        <p className="empty">No title open. Pick one from the search results.</p>
      )}
    </div>
  );
}
