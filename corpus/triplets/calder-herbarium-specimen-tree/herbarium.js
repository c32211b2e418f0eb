export const FAMILIES = [
  {
    id: "rosaceae",
    name: "Rosaceae",
    genera: [
      { id: "rosaceae/rosa", name: "Rosa", sheets: [["Rosa canina", "CAL-004512"], ["Rosa spinosissima", "CAL-004530"]] },
      { id: "rosaceae/prunus", name: "Prunus", sheets: [["Prunus spinosa", "CAL-004601"]] },
      {
        id: "rosaceae/sorbus",
        name: "Sorbus",
        sheets: [["Sorbus aucuparia", "CAL-004622"], ["Sorbus torminalis", "CAL-004640"], ["Sorbus arranensis", "CAL-004655"]],
      },
    ],
  },
  {
    id: "orchidaceae",
    name: "Orchidaceae",
    genera: [
      { id: "orchidaceae/dactylorhiza", name: "Dactylorhiza", sheets: [["Dactylorhiza fuchsii", "CAL-007101"], ["Dactylorhiza maculata", "CAL-007118"]] },
      { id: "orchidaceae/ophrys", name: "Ophrys", sheets: [["Ophrys apifera", "CAL-007230"]] },
    ],
  },
  {
    id: "ericaceae",
    name: "Ericaceae",
    genera: [
      { id: "ericaceae/calluna", name: "Calluna", sheets: [["Calluna vulgaris", "CAL-005010"]] },
      { id: "ericaceae/erica", name: "Erica", sheets: [["Erica cinerea", "CAL-005044"], ["Erica tetralix", "CAL-005061"]] },
    ],
  },
];

export function sheetCount(family) {
  return family.genera.reduce((n, g) => n + g.sheets.length, 0);
}

export function allIds(families) {
  return families.flatMap((f) => [f.id, ...f.genera.map((g) => g.id)]);
}
