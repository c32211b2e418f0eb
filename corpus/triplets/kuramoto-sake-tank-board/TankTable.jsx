import { useState } from "react";
import { COLUMNS, nextSort, sortRows } from "./compare.js";

const TANKS = [
  { tank: "T-01", style: "Junmai Daiginjo", rice: "Yamada Nishiki", polish: 40, day: 24, temp: 9.5 },
  { tank: "T-02", style: "Honjozo", rice: "Gohyakumangoku", polish: 70, day: 12, temp: 13.0 },
  { tank: "T-03", style: "Junmai Ginjo", rice: "Omachi", polish: 55, day: 18, temp: 10.5 },
  { tank: "T-04", style: "Futsushu", rice: "Akita Komachi", polish: 75, day: 6, temp: 15.5 },
  { tank: "T-05", style: "Junmai", rice: "Miyamanishiki", polish: 65, day: 30, temp: 11.0 },
  { tank: "T-06", style: "Daiginjo", rice: "Yamada Nishiki", polish: 35, day: 27, temp: 8.0 },
  { tank: "T-07", style: "Nigori", rice: "Omachi", polish: 60, day: 9, temp: 14.0 },
  { tank: "T-08", style: "Kimoto Junmai", rice: "Gohyakumangoku", polish: 68, day: 21, temp: 12.0 },
];

function cell(key, value) {
  if (key === "polish") return value + "%";
  if (key === "temp") return value.toFixed(1) + " \u00b0C";
  if (key === "day") return "day " + value;
  return value;
}

export default function TankTable({ tanks = TANKS }) {
  const [sort, setSort] = useState({ key: "tank", dir: "asc" });
  const rows = sortRows(tanks, sort);

  return (
    <section className="kura">
      <h1>Kuramoto Shuzo - fermentation room</h1>
      <p className="season">Brewing season 2024-25, moromi tanks in use: {tanks.length}</p>

      <table>
        <thead>
          <tr>
            {COLUMNS.map((c) => {
              const active = sort.key === c.key;
              return (
                <th
                  key={c.key}
                  aria-sort={active ? (sort.dir === "asc" ? "ascending" : "descending") : "none"}
                >
                  <button type="button" onClick={() => setSort(nextSort(sort, c.key))}>
                    {c.title}
                    {active ? (sort.dir === "asc" ? " \u25b4" : " \u25be") : ""}
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((t) => (
            <tr key={t.tank}>
              {COLUMNS.map((c) => (
                <td key={c.key} className={"col-" + c.key}>
                  {cell(c.key, t[c.field])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>

      <p className="toji">Toji on duty: Mr. Hayashi. Check the 15 &deg;C alarm on T-04 every two hours.</p>
    </section>
  );
}
