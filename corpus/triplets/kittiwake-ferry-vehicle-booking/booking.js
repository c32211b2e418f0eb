// Kittiwake Ferries - vehicle deck rules for the Portwell <-> Isle of Carra route.
// Fares in pence. The driver travels free with the vehicle.
export const VEHICLES = [
  { id: "car", name: "Car", base: 5400, maxLength: 5.5 },
  { id: "van", name: "Van", base: 7200, maxLength: 7 },
  { id: "camper", name: "Campervan", base: 9800, maxLength: 10 },
  { id: "moto", name: "Motorbike", base: 2600, maxLength: 2.5 },
];

export const SAILINGS = [
  { id: "s0740", label: "07:40 Portwell to Isle of Carra" },
  { id: "s1215", label: "12:15 Portwell to Isle of Carra" },
  { id: "s1830", label: "18:30 Portwell to Isle of Carra" },
];

export const PASSENGER_FARE = 1200;
export const MAX_PASSENGERS = 9;

const PLATE = /^[A-Z0-9 ]{2,8}$/;

export function vehicleById(id) {
  return VEHICLES.find((v) => v.id === id);
}

export function validateBooking(values) {
  const errors = {};
  const plate = values.plate.trim().toUpperCase();
  if (!plate) {
    errors.plate = "Enter the registration plate";
  } else if (!PLATE.test(plate)) {
    errors.plate = "Plate can only have letters, digits and spaces (max 8)";
  }

  const vehicle = vehicleById(values.vehicle);
  const length = Number(values.length);
  if (values.length.trim() === "" || Number.isNaN(length)) {
    errors.length = "Enter the vehicle length in metres";
  } else if (length <= 0 || length > vehicle.maxLength) {
    errors.length = `A ${vehicle.name.toLowerCase()} can be at most ${vehicle.maxLength} m long`;
  }

  const pax = Number(values.passengers);
  if (!Number.isInteger(pax) || pax < 1 || pax > MAX_PASSENGERS) {
    errors.passengers = "Between 1 and 9 people per vehicle, driver included";
  }
  return errors;
}

export function fareFor(values) {
  const vehicle = vehicleById(values.vehicle);
  const pax = Number(values.passengers);
  return vehicle.base + (pax - 1) * PASSENGER_FARE;
}

export function pounds(pence) {
  return "\u00a3" + (pence / 100).toFixed(2);
}
