import { FridgeFilterProvider, useFridgeFilters } from "./FridgeFilters.jsx";

const FRIDGES = ["All", "Mill Street", "Library", "St Ann's Hall"];
const TAGS = ["Vegan", "Halal", "Nut-free"];

const STOCK = [
  { name: "Lentil soup", fridge: "Mill Street", tags: ["Vegan", "Halal", "Nut-free"], qty: 4, useBy: "14 Mar" },
  { name: "Chicken wraps", fridge: "Mill Street", tags: ["Halal"], qty: 6, useBy: "13 Mar" },
  { name: "Oat milk", fridge: "Library", tags: ["Vegan", "Nut-free"], qty: 3, useBy: "20 Mar" },
  { name: "Peanut noodles", fridge: "Library", tags: ["Vegan"], qty: 2, useBy: "13 Mar" },
  { name: "Cheddar sandwiches", fridge: "St Ann's Hall", tags: ["Nut-free"], qty: 5, useBy: "13 Mar" },
  { name: "Falafel boxes", fridge: "St Ann's Hall", tags: ["Vegan", "Halal"], qty: 7, useBy: "15 Mar" },
  { name: "Yoghurt pots", fridge: "Mill Street", tags: ["Nut-free"], qty: 12, useBy: "18 Mar" },
  { name: "Vegetable samosas", fridge: "Library", tags: ["Vegan", "Halal", "Nut-free"], qty: 9, useBy: "14 Mar" },
];

function FridgePicker() {
  const { fridge, setFridge } = useFridgeFilters();
  return (
    <fieldset className="fridges">
      <legend>Fridge</legend>
      {FRIDGES.map((f) => (
        <label key={f}>
          <input type="radio" name="fridge" checked={fridge === f} onChange={() => setFridge(f)} />
          {f === "All" ? "All fridges" : f}
        </label>
      ))}
    </fieldset>
  );
}

function TagPicker() {
  const { tags, toggleTag, reset } = useFridgeFilters();
  return (
    <fieldset className="tags">
      <legend>Dietary needs</legend>
      {TAGS.map((t) => (
        <label key={t}>
          <input type="checkbox" checked={tags.includes(t)} onChange={() => toggleTag(t)} />
          {t}
        </label>
      ))}
      <button type="button" onClick={reset}>
        Reset
      </button>
    </fieldset>
  );
}

function StockList({ stock }) {
  const { fridge, tags } = useFridgeFilters();
  const shown = stock.filter(
    (item) => (fridge === "All" || item.fridge === fridge) && tags.every((t) => item.tags.includes(t))
  );
  const portions = shown.reduce((n, item) => n + item.qty, 0);

  return (
    <>
      <p className="summary">
        {shown.length} items, {portions} portions
      </p>
      <ul className="stock">
        {shown.map((item) => (
          <li key={item.name}>
            <span className="item-name">{item.name}</span> - {item.fridge}, use by {item.useBy}
            <span className="tags">{item.tags.join(" / ")}</span>
          </li>
        ))}
      </ul>
      {shown.length === 0 && <p>Nothing matching right now. Fridges are restocked at 17:00.</p>}
    </>
  );
}

export default function FridgeStock({ stock = STOCK }) {
  return (
    <FridgeFilterProvider>
      <main>
        <h1>Open Shelf - what's in the fridges</h1>
        <FridgePicker />
        <TagPicker />
        <StockList stock={stock} />
      </main>
    </FridgeFilterProvider>
  );
}
