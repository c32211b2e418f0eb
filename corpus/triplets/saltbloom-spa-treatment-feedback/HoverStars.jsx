export default function HoverStars({ rating }) {
  return (
    <div className="hover-stars" onMouseLeave={rating.endPreview}>
      {[1, 2, 3, 4, 5].map((n) => (
        <button
          key={n}
          type="button"
          aria-label={"Rate " + n + " out of 5"}
          className={n <= rating.shown ? "star filled" : "star"}
          onMouseEnter={() => rating.preview(n)}
          onClick={() => rating.pick(n)}
        >
          ★
        </button>
      ))}
    </div>
  );
}
