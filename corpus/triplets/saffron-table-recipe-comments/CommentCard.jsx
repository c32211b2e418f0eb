export default function CommentCard({ comment, liked, onLike }) {
  const day = comment.postedAt.slice(0, 10);
  return (
    <li className="comment-card">
      <header>
        <strong className="author">{comment.author}</strong>
        <time dateTime={comment.postedAt}>{day}</time>
      </header>
      <p>{comment.text}</p>
      <button
        aria-label={"Like note by " + comment.author}
        aria-pressed={liked}
        onClick={onLike}
      >
        ♥
      </button>
      <span className="likes">{comment.likes}</span>
    </li>
  );
}
