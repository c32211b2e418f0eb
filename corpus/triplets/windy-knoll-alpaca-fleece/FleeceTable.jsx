import useSortableData from "./useSortableData.js";

const HERD = [
  { name: "Bramble", colour: "Fawn", kg: 3.2, micron: 21.5 },
  { name: "Clementine", colour: "White", kg: 4.1, micron: 18.9 },
  { name: "Dusty", colour: "Grey", kg: 2.7, micron: 24.3 },
  { name: "Pippin", colour: "Brown", kg: 3.8, micron: 22.0 },
  { name: "Juniper", colour: "Black", kg: 2.9, micron: 26.8 },
  { name: "Moss", colour: "White", kg: 4.6, micron: 19.7 },
  { name: "Nutmeg", colour: "Fawn", kg: 3.5, micron: 20.0 },
  { name: "Sorrel", colour: "Brown", kg: 2.4, micron: 28.1 },
];

function grade(micron) {
  if (micron < 20) return "Superfine";
  if (micron < 23) return "Fine";
  if (micron < 26) return "Medium";
  return "Strong";
}

function SortButton({ label, column, sorter }) {
  const active = sorter.config && sorter.config.key === column;
  const arrow = active ? (sorter.config.direction === "ascending" ? "\u25b2" : "\u25bc") : "";
  return (
    <button type="button" onClick={() => sorter.requestSort(column)}>
      {label} {arrow}
    </button>
  );
}

export default function FleeceTable({ herd = HERD, year = 2024 }) {
  const sorter = useSortableData(herd);
  const clip = herd.reduce((sum, a) => sum + a.kg, 0);

  return (
    <section className="shearing">
      <h1>Windy Knoll Alpacas</h1>
      <h2>Shearing day {year} - fleece results</h2>

      <table>
        <thead>
          <tr>
            <th>
              <SortButton label="Alpaca" column="name" sorter={sorter} />
            </th>
            <th>
              <SortButton label="Colour" column="colour" sorter={sorter} />
            </th>
            <th>
              <SortButton label="Fleece (kg)" column="kg" sorter={sorter} />
            </th>
            <th>
              <SortButton label="Micron" column="micron" sorter={sorter} />
            </th>
            <th>Grade</th>
          </tr>
        </thead>
        <tbody>
          {sorter.items.map((a) => (
            <tr key={a.name}>
              <td className="alpaca">{a.name}</td>
              <td>{a.colour}</td>
              <td>{a.kg.toFixed(1)}</td>
              <td>{a.micron.toFixed(1)}</td>
              <td>{grade(a.micron)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <p className="clip">Total clip: {clip.toFixed(1)} kg of blanket fleece</p>
    </section>
  );
}
