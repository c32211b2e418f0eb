import { useRef, useState } from "react";
import { CATALOGUE, countItems, prune } from "./catalogue.js";

export default function ChandleryCatalogue({ catalogue = CATALOGUE }) {
  const inputRef = useRef(null);
  const [filter, setFilter] = useState("");
  const [open, setOpen] = useState([]);

  const filtering = filter !== "";
  const tree = filtering ? prune(catalogue, filter) : catalogue;
  const isOpen = (key) => filtering || open.includes(key);

  function toggle(key) {
    setOpen((o) => (o.includes(key) ? o.filter((k) => k !== key) : [...o, key]));
  }

  function onKeyDown(e) {
    if (e.key === "Enter") {
      setFilter(inputRef.current.value.trim());
    } else if (e.key === "Escape") {
      inputRef.current.value = "";
      setFilter("");
    }
  }

  return (
    <div className="chandlery">
      <h1>Pennock's Chandlery - counter catalogue</h1>
      <input ref={inputRef} type="text" placeholder="Filter catalogue" defaultValue="" onKeyDown={onKeyDown} />
      <p className="help">Enter to filter, Escape to clear.</p>
      {filtering && (
        <p className="match-count">
          {countItems(tree)} items match "{filter}"
        </p>
      )}

      <ul className="categories">
        {tree.map((cat) => (
          <li key={cat.name}>
            <button type="button" aria-expanded={isOpen(cat.name)} onClick={() => toggle(cat.name)}>
              {cat.name}
            </button>
            {isOpen(cat.name) && (
              <ul>
                {cat.groups.map((g) => {
                  const key = cat.name + "/" + g.name;
                  return (
                    <li key={key}>
                      <button type="button" aria-expanded={isOpen(key)} onClick={() => toggle(key)}>
                        {g.name}
                      </button>
                      {isOpen(key) && (
                        <ul>
                          {g.items.map((item) => (
                            <li key={item} className="item">
                              {item}
                            </li>
                          ))}
                        </ul>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {filtering && tree.length === 0 && <p>Nothing in the catalogue. Ask Pete about special orders.</p>}
    </div>
  );
}
