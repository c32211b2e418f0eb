export default function HiveCard({ hive }) {
  return (
    <article className="hive-card">
      <h3>{hive.code}</h3>
      <dl>
        <dt>Apiary</dt>
        <dd>{hive.apiary}</dd>
        <dt>Queen</dt>
        <dd>{hive.queen}</dd>
        <dt>Brood frames</dt>
        <dd>{hive.frames}</dd>
      </dl>
      {hive.temper === "Defensive" && <p className="warn">Veil and gloves required</p>}
    </article>
  );
}
