export const OPEN_TICKETS = [
  { number: "CR-2041", machine: "Olympia SM3", customer: "E. Hartley", fault: "Sticking keys", status: "Waiting for parts" },
  { number: "CR-2044", machine: "Hermes 3000", customer: "J. Lindqvist", fault: "Carriage will not return", status: "On the bench" },
  { number: "CR-2048", machine: "Olympia Traveller", customer: "P. Achebe", fault: "Ribbon does not advance", status: "Booked in" },
  { number: "CR-2051", machine: "Smith-Corona Galaxie", customer: "R. Moreau", fault: "Broken drawband", status: "On the bench" },
  { number: "CR-2055", machine: "Adler Tippa", customer: "M. Okafor", fault: "Platen worn", status: "Ready for collection" },
  { number: "CR-2057", machine: "Hermes Baby", customer: "S. Whitcombe", fault: "Bell does not ring", status: "Booked in" },
  { number: "CR-2060", machine: "Olympia SG1", customer: "D. Farrow", fault: "Bent typebar (e)", status: "Waiting for parts" },
  { number: "CR-2063", machine: "Royal Quiet De Luxe", customer: "A. Nakamura", fault: "Full service", status: "Booked in" },
];

// Matches the ticket number, the machine or the customer; case does not matter.
export function searchTickets(tickets, text) {
  const q = text.trim().toLowerCase();
  if (!q) return tickets;
  return tickets.filter(
    (t) =>
      t.number.toLowerCase().includes(q) ||
      t.machine.toLowerCase().includes(q) ||
      t.customer.toLowerCase().includes(q)
  );
}
