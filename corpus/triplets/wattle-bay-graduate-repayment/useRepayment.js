import { useState } from "react";
import { perPay, yearlyRepayment, yearsToClear } from "./scheme.js";

function toNumber(text) {
  const n = Number(String(text).replace(/[$,\s]/g, ""));
  return Number.isFinite(n) && n >= 0 ? n : null;
}

export default function useRepayment(initialIncome = "", initialBalance = "") {
  const [incomeText, setIncomeText] = useState(initialIncome);
  const [balanceText, setBalanceText] = useState(initialBalance);
  const income = toNumber(incomeText);
  const balance = toNumber(balanceText);
  const yearly = income === null ? null : yearlyRepayment(income);
  return {
    incomeText,
    setIncomeText,
    balanceText,
    setBalanceText,
    income,
    yearly,
    fortnightly: yearly === null ? null : perPay(yearly),
    years: yearly === null || balance === null ? null : yearsToClear(balance, yearly),
  };
}
