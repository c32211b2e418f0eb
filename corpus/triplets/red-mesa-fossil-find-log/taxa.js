export const TAXA = [
  { name: "Tyrannosaurus rex", group: "Theropod" },
  { name: "Triceratops horridus", group: "Ceratopsian" },
  { name: "Edmontosaurus annectens", group: "Hadrosaur" },
  { name: "Ankylosaurus magniventris", group: "Ankylosaur" },
  { name: "Thescelosaurus neglectus", group: "Ornithopod" },
  { name: "Pachycephalosaurus wyomingensis", group: "Pachycephalosaur" },
  { name: "Struthiomimus altus", group: "Theropod" },
  { name: "Acheroraptor temertyorum", group: "Theropod" },
  { name: "Dakotaraptor steini", group: "Theropod" },
  { name: "Torosaurus latus", group: "Ceratopsian" },
  { name: "Leptoceratops gracilis", group: "Ceratopsian" },
];

// Genus or species must START with the typed text: "rex" finds Tyrannosaurus rex, "saur" finds nothing.
export function matchTaxa(taxa, typed) {
  const q = typed.trim().toLowerCase();
  if (!q) return [];
  return taxa.filter((t) =>
    t.name
      .toLowerCase()
      .split(" ")
      .some((word) => word.startsWith(q))
  );
}
