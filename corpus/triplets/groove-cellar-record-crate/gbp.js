export function gbp(pence) {
  return "£" + (pence / 100).toFixed(2);
}

export const FIRST_RECORD_POSTAGE = 395;
export const EXTRA_RECORD_POSTAGE = 75;
export const FREE_POSTAGE_OVER = 7500;

// Royal Mail tariff used by the shop: first record 3.95, every further record 0.75,
// free when the records alone cost more than 75.00.
export function postage(subtotal, units) {
  if (units === 0 || subtotal > FREE_POSTAGE_OVER) return 0;
  return FIRST_RECORD_POSTAGE + EXTRA_RECORD_POSTAGE * (units - 1);
}
