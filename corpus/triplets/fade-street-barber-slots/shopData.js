export const SERVICES = [
  { id: "fade", name: "Skin fade", minutes: 45, price: 28 },
  { id: "beard", name: "Beard trim", minutes: 15, price: 12 },
  { id: "kids", name: "Kids cut (under 12)", minutes: 30, price: 16 },
];

export const TIMES = ["10:00", "10:30", "11:00", "11:30", "13:00", "13:30", "14:00"];

export const BARBERS = [
  { id: "leon", name: "Leon", free: ["10:00", "10:30", "11:30", "14:00"] },
  { id: "sade", name: "Sade", free: ["11:00", "11:30", "13:00"] },
];

export function isFree(barberId, time) {
  if (barberId === "any") return BARBERS.some((b) => b.free.includes(time));
  return BARBERS.find((b) => b.id === barberId).free.includes(time);
}

// With "Any barber" the first barber who is free at that time takes the booking.
export function barberFor(barberId, time) {
  if (barberId !== "any") return BARBERS.find((b) => b.id === barberId);
  return BARBERS.find((b) => b.free.includes(time));
}
