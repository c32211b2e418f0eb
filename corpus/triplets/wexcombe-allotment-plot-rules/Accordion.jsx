import { createContext, useContext, useRef, useState } from "react";

const AccordionContext = createContext(null);

export function Accordion({ children, label }) {
  const [openIds, setOpenIds] = useState([]);
  const headers = useRef([]);

  function toggle(id) {
    setOpenIds((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));
  }

  function register(el) {
    if (el && !headers.current.includes(el)) headers.current.push(el);
  }

  function moveFocus(from, key) {
    const list = headers.current.filter((h) => h.isConnected);
    const i = list.indexOf(from);
    let next = null;
    if (key === "ArrowDown") next = list[(i + 1) % list.length];
    if (key === "ArrowUp") next = list[(i - 1 + list.length) % list.length];
    if (key === "Home") next = list[0];
    if (key === "End") next = list[list.length - 1];
    if (next) next.focus();
    return Boolean(next);
  }

  return (
    <AccordionContext.Provider value={{ openIds, toggle, register, moveFocus }}>
      <div className="accordion" aria-label={label} role="group">
        {children}
      </div>
    </AccordionContext.Provider>
  );
}

export function AccordionItem({ id, title, children }) {
  const { openIds, toggle, register, moveFocus } = useContext(AccordionContext);
  const open = openIds.includes(id);

  function onKeyDown(event) {
    if (moveFocus(event.currentTarget, event.key)) event.preventDefault();
  }

  return (
    <div className="accordion-item">
      <h3>
        <button
          ref={register}
          type="button"
          id={`${id}-btn`}
          aria-expanded={open}
          aria-controls={`${id}-panel`}
          onClick={() => toggle(id)}
          onKeyDown={onKeyDown}
        >
          {title}
        </button>
      </h3>
      <div id={`${id}-panel`} role="region" aria-labelledby={`${id}-btn`} hidden={!open}>
        {children}
      </div>
    </div>
  );
}
