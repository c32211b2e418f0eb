import { LibraryProvider, useLibrary } from "./LibraryContext.jsx";
import ScoreList from "./ScoreList.jsx";

const SCORES = [
  { shelf: "A-014", title: "Ave verum corpus", composer: "Mozart", voicing: "SATB", copies: 24 },
  { shelf: "A-019", title: "Ave Maria", composer: "Bruckner", voicing: "SAATTBB", copies: 18 },
  { shelf: "A-020", title: "Ave Maria", composer: "Holst", voicing: "SSAA SSAA", copies: 12 },
  { shelf: "B-102", title: "Locus iste", composer: "Bruckner", voicing: "SATB", copies: 30 },
  { shelf: "B-117", title: "The Lamb", composer: "Tavener", voicing: "SATB", copies: 22 },
  { shelf: "C-003", title: "Spem in alium", composer: "Tallis", voicing: "40 parts", copies: 40 },
  { shelf: "C-008", title: "If ye love me", composer: "Tallis", voicing: "SATB", copies: 26 },
  { shelf: "D-231", title: "Bogoroditse Devo", composer: "Rachmaninoff", voicing: "SATB", copies: 0 },
  { shelf: "D-240", title: "Lux aurumque", composer: "Whitacre", voicing: "SATB div.", copies: 16 },
  { shelf: "D-244", title: "O magnum mysterium", composer: "Lauridsen", voicing: "SATB", copies: 28 },
];

function SearchBox() {
  const { query, setQuery } = useLibrary();
  return (
    <div className="search">
      <label htmlFor="score-search">Title or composer</label>
      <input
        id="score-search"
        data-testid="score-search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {query && (
        <button type="button" data-testid="clear-search" onClick={() => setQuery("")}>
          Show all
        </button>
      )}
    </div>
  );
}

function ResultCount() {
  const { results, total } = useLibrary();
  return (
    <p data-testid="result-count">
      {results.length} of {total} scores
    </p>
  );
}

export default function ScoreLibrary({ scores = SCORES, choir = "St. Aldhelm's Chamber Choir" }) {
  return (
    <LibraryProvider scores={scores}>
      <main>
        <h1>{choir} - music library</h1>
        <p className="librarian">Librarian: Miriam Cole. Return folders to the vestry shelf.</p>
        <SearchBox />
        <ResultCount />
        <ScoreList />
        <footer>
          <p>Folders go out on Thursday rehearsal nights only.</p>
          <p>Lost copies are charged to the section leader.</p>
        </footer>
      </main>
    </LibraryProvider>
  );
}
