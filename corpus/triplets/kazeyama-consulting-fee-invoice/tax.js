export const CONSUMPTION_TAX = 0.1;
export const WITHHOLDING = 0.1021; // 源泉徴収 for individual consultants, fees only

export function yen(n) {
  return "¥" + Math.round(n).toLocaleString("en-US");
}

export function feeInvoice({ fees, expenses, corporation }) {
  const feeTotal = fees.reduce((s, f) => s + Math.round(f.hours * f.rate), 0);
  const expenseTotal = expenses.reduce((s, e) => s + e.amount, 0);
  const consumption = Math.floor((feeTotal + expenseTotal) * CONSUMPTION_TAX);
  const withholding = corporation ? 0 : Math.floor(feeTotal * WITHHOLDING);
  return {
    feeTotal,
    expenseTotal,
    consumption,
    withholding,
    payable: feeTotal + expenseTotal + consumption - withholding,
  };
}
