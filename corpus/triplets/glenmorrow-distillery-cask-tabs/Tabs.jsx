import { useRef } from "react";

// Automatic-activation tabs: arrow keys move focus and selection together.
export default function Tabs({ tabs, selected, onSelect, label }) {
  const refs = useRef([]);

  function move(index) {
    const next = (index + tabs.length) % tabs.length;
    onSelect(tabs[next].id);
    refs.current[next]?.focus();
  }

  function onKeyDown(event, index) {
    if (event.key === "ArrowRight") move(index + 1);
    else if (event.key === "ArrowLeft") move(index - 1);
    else if (event.key === "Home") move(0);
    else if (event.key === "End") move(tabs.length - 1);
    else return;
    event.preventDefault();
  }

  return (
    <div role="tablist" aria-label={label}>
      {tabs.map((tab, i) => {
        const isSelected = tab.id === selected;
        return (
          <button
            key={tab.id}
            ref={(el) => (refs.current[i] = el)}
            role="tab"
            id={"tab-" + tab.id}
            aria-selected={isSelected}
            aria-controls={"panel-" + tab.id}
            tabIndex={isSelected ? 0 : -1}
            onClick={() => onSelect(tab.id)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            {tab.title}
          </button>
        );
      })}
    </div>
  );
}
