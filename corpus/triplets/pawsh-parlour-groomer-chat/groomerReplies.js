// Canned answers the salon's assistant sends back straight away.
export function groomerReply(text, booking) {
  const t = text.toLowerCase();
  if (t.includes("nail")) return "Nail trim added for " + booking.pet + ": +£8.00";
  if (t.includes("late")) return "No problem, we will hold the " + booking.slot + " slot for 15 minutes.";
  if (t.includes("cancel")) return "To cancel, please call us on 020 7946 0321.";
  return null;
}
