export default function RefillItem({ refill, checked, onToggle }) {
  const needsReview = refill.repeatsLeft === 0;
  const id = "pick-" + refill.id;
  return (
    <li className={needsReview ? "refill review" : "refill"}>
      <input id={id} type="checkbox" checked={checked} disabled={needsReview} onChange={onToggle} />
      <label htmlFor={id}>{refill.drug}</label>
      <span className="dose"> - {refill.dose}</span>
      <span className="repeats">
        {needsReview ? "Needs GP review" : refill.repeatsLeft === 1 ? "1 repeat left" : refill.repeatsLeft + " repeats left"}
      </span>
    </li>
  );
}
