export default function Pager({ pager }) {
  return (
    <div className="pager">
      <button type="button" data-testid="prev-page" disabled={!pager.canPrev} onClick={pager.prev}>
        Back
      </button>
      <span data-testid="page-label">
        Page {pager.page} of {pager.pageCount}
      </span>
      <button type="button" data-testid="next-page" disabled={!pager.canNext} onClick={pager.next}>
        More
      </button>
    </div>
  );
}
