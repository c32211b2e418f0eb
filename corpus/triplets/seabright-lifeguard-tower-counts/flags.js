// Red when a zone is over capacity or wind is 30 km/h or more; yellow from 20 km/h.
export function flagFor(windKmh, anyZoneOver) {
  if (anyZoneOver || windKmh >= 30) return "Red";
  if (windKmh >= 20) return "Yellow";
  return "Green";
}
