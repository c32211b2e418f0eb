export default function VolunteerCard({ profile }) {
  const pronouns = profile.pronouns === "Prefer not to say" ? "" : ` (${profile.pronouns})`;
  return (
    <article className="volunteer-card" aria-label="Volunteer card">
      <h2>
        {profile.name}
        {pronouns}
      </h2>
      <p>Skills: {profile.skills.length ? profile.skills.join(", ") : "none listed yet"}</p>
      <p>Hours a month: {profile.hours}</p>
      <p>{profile.showPhone ? `Phone: ${profile.phone}` : "Phone hidden"}</p>
    </article>
  );
}
