export function euros(amount) {
  return "€" + amount.toLocaleString("en-IE", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

export function matches(payout, query) {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return payout.client.toLowerCase().includes(q) || payout.invoice.toLowerCase().includes(q);
}

export function totals(payouts) {
  return payouts.reduce(
    (acc, p) => (p.status === "Paid" ? { ...acc, paid: acc.paid + p.amount } : { ...acc, pending: acc.pending + p.amount }),
    { paid: 0, pending: 0 }
  );
}
