export const GRADES = ["V0", "V1", "V2", "V3", "V4", "V5", "V6", "V7", "V8", "V9", "V10"];
export const WALLS = ["The Prow", "Cave", "Slab"];

// grade is an index into GRADES
export const BOULDERS = [
  { name: "Pinch Me", grade: 2, wall: "Slab", colour: "Yellow", setter: "Ana" },
  { name: "Crimp Shrimp", grade: 4, wall: "The Prow", colour: "Blue", setter: "Kofi" },
  { name: "Sloper Dope", grade: 5, wall: "Cave", colour: "Purple", setter: "Ana" },
  { name: "Easy Tiger", grade: 0, wall: "Slab", colour: "White", setter: "Lou" },
  { name: "Heel Deal", grade: 3, wall: "Cave", colour: "Green", setter: "Kofi" },
  { name: "Dyno-mite", grade: 6, wall: "The Prow", colour: "Red", setter: "Mira" },
  { name: "Toe Jam", grade: 1, wall: "Slab", colour: "Orange", setter: "Lou" },
  { name: "Roof Raiser", grade: 7, wall: "Cave", colour: "Black", setter: "Mira" },
  { name: "Mantle Piece", grade: 3, wall: "Slab", colour: "Pink", setter: "Ana" },
  { name: "Big Reach", grade: 8, wall: "The Prow", colour: "Black", setter: "Kofi" },
  { name: "Project X", grade: 10, wall: "Cave", colour: "Grey", setter: "Mira" },
];
