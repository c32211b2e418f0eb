export default function PageButtons({ page, pages, dispatch }) {
  const numbers = Array.from({ length: pages }, (_, i) => i + 1);
  return (
    <nav className="pages" aria-label="Pages">
      <button type="button" onClick={() => dispatch({ type: "prev" })}>
        Previous
      </button>
      {numbers.map((n) => (
        <button
          key={n}
          type="button"
          className="page-number"
          aria-current={n === page ? "page" : undefined}
          onClick={() => dispatch({ type: "goto", page: n })}
        >
          {n}
        </button>
      ))}
      <button type="button" onClick={() => dispatch({ type: "next" })}>
        Next
      </button>
    </nav>
  );
}
