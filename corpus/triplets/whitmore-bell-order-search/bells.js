// Casting book of the Whitmore foundry. Weights are in kilograms.
export const BELLS = [
  { id: "WB-1102", name: "Great Tom", church: "St Mary Redcliffe", inscription: "I call the living, I mourn the dead", weight: 2140, status: "Tuned" },
  { id: "WB-1103", name: "Little John", church: "All Saints Hereford", inscription: "Praise the Lord", weight: 310, status: "Moulding" },
  { id: "WB-1107", name: "Mary Ellen", church: "St Peter's Dorchester", inscription: "Cast for the jubilee", weight: 455, status: "Cooling" },
  { id: "WB-1110", name: "Treble", church: "Holy Trinity Ely", inscription: "Ring out wild bells", weight: 190, status: "Tuned" },
  { id: "WB-1114", name: "Tenor", church: "Holy Trinity Ely", inscription: "Gloria in excelsis", weight: 1020, status: "Moulding" },
  { id: "WB-1118", name: "Jubilee", church: "St Mary Redcliffe", inscription: "Peace on earth", weight: 640, status: "Despatched" },
  { id: "WB-1121", name: "Old Gabriel", church: "St Giles Wrexham", inscription: "Wake ye sleepers", weight: 880, status: "Tuned" },
  { id: "WB-1125", name: "Bourdon", church: "Christ Church Bath", inscription: "The great bell of Bath", weight: 3050, status: "Cooling" },
  { id: "WB-1129", name: "Second", church: "St Giles Wrexham", inscription: "Ring out the old", weight: 240, status: "Despatched" },
];

export function formatWeight(kg) {
  return kg.toLocaleString("en-GB") + " kg";
}
