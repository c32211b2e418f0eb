export default function SubmissionCard({ film }) {
  return (
    <article className="submission">
      <h3>{film.title}</h3>
      <p>
        {film.category} &middot; {film.country} &middot; {film.minutes} min
      </p>
      {film.premiere && <p className="premiere">World premiere</p>}
    </article>
  );
}
