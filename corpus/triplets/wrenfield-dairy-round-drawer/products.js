export const PRODUCTS = [
  { key: "whole", label: "Whole milk (pints)", short: "Whole milk", pints: true },
  { key: "semi", label: "Semi-skimmed (pints)", short: "Semi-skimmed", pints: true },
  { key: "eggs", label: "Eggs (half dozen)", short: "Eggs", pints: false },
  { key: "butter", label: "Butter (250 g)", short: "Butter", pints: false },
];

export const MAX_PER_ITEM = 12;
