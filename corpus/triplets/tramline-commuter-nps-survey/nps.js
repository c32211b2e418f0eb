export function bucket(score) {
  if (score <= 6) return "detractor";
  if (score >= 9) return "promoter";
  return "passive";
}

export const REASONS = ["Delays", "Crowding", "Cleanliness", "Ticket machines"];
export const HIGHLIGHTS = ["Frequency", "Friendly drivers", "Clean trams", "Real-time screens"];
export const LINES = ["Line 1 Harbour - Stadium", "Line 4 Old Town - Airport", "Line 7 University loop"];
