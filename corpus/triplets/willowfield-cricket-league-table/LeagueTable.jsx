import { points, rankTeams, formatNrr } from "./standings.js";

const TEAMS = [
  { club: "Ashby Green CC", played: 8, won: 5, lost: 2, tied: 0, noResult: 1, nrr: 0.412 },
  { club: "Millbrook CC", played: 8, won: 5, lost: 2, tied: 1, noResult: 0, nrr: 0.877 },
  { club: "Old Carthusians Vale", played: 8, won: 3, lost: 4, tied: 0, noResult: 1, nrr: -0.12 },
  { club: "Fenwick Town", played: 8, won: 2, lost: 6, tied: 0, noResult: 0, nrr: -1.003 },
  { club: "Hatton Heath", played: 8, won: 4, lost: 3, tied: 0, noResult: 1, nrr: 0.055 },
];

function Shell({ division, children }) {
  return (
    <div className="league">
      <p className="league-name">Willowfield Sunday League</p>
      <h1>{division}</h1>
      {children}
    </div>
  );
}

export default function LeagueTable({
  division = "Division 2 - 2025 season",
  loading = false,
  error = null,
  teams = TEAMS,
  promotion = 2,
}) {
  if (loading) {
    return (
      <Shell division={division}>
        <p className="notice" aria-busy="true">
          Fetching standings...
        </p>
      </Shell>
    );
  }
  if (error) {
    return (
      <Shell division={division}>
        <p className="notice error">Standings unavailable: {error}</p>
      </Shell>
    );
  }
  if (teams.length === 0) {
    return (
      <Shell division={division}>
        <p className="notice">No matches played yet this season.</p>
      </Shell>
    );
  }

  const ranked = rankTeams(teams);

  return (
    <Shell division={division}>
      <table className="standings">
        <thead>
          <tr>
            <th>#</th>
            <th>Club</th>
            <th>P</th>
            <th>W</th>
            <th>L</th>
            <th>T</th>
            <th>NR</th>
            <th>Pts</th>
            <th>NRR</th>
          </tr>
        </thead>
        <tbody>
          {ranked.map((t, i) => (
            <tr key={t.club} className={i < promotion ? "promotion" : undefined}>
              <td>{i + 1}</td>
              <td className="club">{t.club}</td>
              <td>{t.played}</td>
              <td>{t.won}</td>
              <td>{t.lost}</td>
              <td>{t.tied}</td>
              <td>{t.noResult}</td>
              <td className="pts">{points(t)}</td>
              <td className="nrr">{formatNrr(t.nrr)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="key">Top {promotion} are promoted. Win 4 pts, tie or no result 2 pts.</p>
    </Shell>
  );
}
