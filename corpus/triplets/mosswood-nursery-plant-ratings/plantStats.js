export function averageOf(plant) {
  return plant.count ? Math.round((plant.sum / plant.count) * 10) / 10 : 0;
}

export function sortPlants(list, order) {
  const copy = [...list];
  if (order === "rating") return copy.sort((a, b) => averageOf(b) - averageOf(a));
  return copy.sort((a, b) => a.name.localeCompare(b.name));
}
