export const RUN = {
  label: "March 2025",
  payDate: "28 March",
  lines: [
    { id: "E-014", name: "Hana Sato", gross: 420000, tax: 100800 },
    { id: "E-022", name: "Luis Ortega", gross: 365000, tax: 80300 },
    { id: "E-031", name: "Grace Mbeki", gross: 510000, tax: 137700 },
  ],
};

export function money(pennies) {
  return (pennies / 100).toLocaleString("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

export function totals(lines) {
  const gross = lines.reduce((s, l) => s + l.gross, 0);
  const tax = lines.reduce((s, l) => s + l.tax, 0);
  return { gross, tax, net: gross - tax };
}
