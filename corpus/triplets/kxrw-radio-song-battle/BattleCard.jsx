export default function BattleCard({ song, votes, share, showResults, mine, onVote }) {
  const name = song.artist + " - " + song.title;
  return (
    <section className={mine ? "song mine" : "song"} aria-label={name}>
      <h2>{song.title}</h2>
      <p className="artist">{song.artist}</p>
      {showResults ? (
        <p className="result">
          <span className="share">{share}</span> ({votes} votes){mine && <b> Your vote</b>}
        </p>
      ) : (
        <button onClick={onVote}>Vote for {song.title}</button>
      )}
    </section>
  );
}
