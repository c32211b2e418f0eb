import { useEffect, useReducer, useRef } from "react";
import { PARTS, findNode, flatten } from "./movement.js";

function reducer(state, action) {
  const visible = flatten(action.parts, state.expanded);
  const at = visible.findIndex((v) => v.node.id === state.focused);
  const here = visible[at];
  switch (action.type) {
    case "focus":
      return { ...state, focused: action.id };
    case "down":
      return at < visible.length - 1 ? { ...state, focused: visible[at + 1].node.id } : state;
    case "up":
      return at > 0 ? { ...state, focused: visible[at - 1].node.id } : state;
    case "right":
      if (!here.node.children) return state;
      if (!state.expanded.includes(here.node.id)) return { ...state, expanded: [...state.expanded, here.node.id] };
      return { ...state, focused: here.node.children[0].id };
    case "left":
      if (here.node.children && state.expanded.includes(here.node.id)) {
        return { ...state, expanded: state.expanded.filter((id) => id !== here.node.id) };
      }
      return here.parent ? { ...state, focused: here.parent } : state;
    case "select":
      return { ...state, selected: state.focused };
    default:
      return state;
  }
}

const KEYS = { ArrowDown: "down", ArrowUp: "up", ArrowRight: "right", ArrowLeft: "left", Enter: "select" };

export default function PartsTree({ parts = PARTS, clock = "Longcase 8-day, Thwaites 1790" }) {
  const [state, dispatch] = useReducer(reducer, { expanded: [], focused: parts[0].id, selected: null });
  const refs = useRef({});
  const treeRef = useRef(null);

  // Roving focus: when the focused part changes while the tree has focus, move the real focus too.
  useEffect(() => {
    const el = refs.current[state.focused];
    if (el && treeRef.current.contains(document.activeElement)) el.focus();
  }, [state.focused]);

  function onKeyDown(e) {
    const type = KEYS[e.key];
    if (!type) return;
    e.preventDefault();
    e.stopPropagation();
    dispatch({ type, parts });
  }

  function renderItems(nodes) {
    return nodes.map((node) => {
      const open = state.expanded.includes(node.id);
      return (
        <li
          key={node.id}
          role="treeitem"
          aria-labelledby={node.id + "-label"}
          aria-expanded={node.children ? open : undefined}
          aria-selected={state.selected === node.id}
          tabIndex={state.focused === node.id ? 0 : -1}
          ref={(el) => (refs.current[node.id] = el)}
          onKeyDown={onKeyDown}
          onFocus={(e) => e.target === e.currentTarget && dispatch({ type: "focus", id: node.id, parts })}
        >
          <span id={node.id + "-label"}>{node.name}</span>
          {node.children && open && <ul role="group">{renderItems(node.children)}</ul>}
        </li>
      );
    });
  }

  const selected = state.selected && findNode(parts, state.selected);

  return (
    <div className="bench">
      <h1>Escapement &amp; Co - strip-down record</h1>
      <p className="clock">{clock}</p>
      <p className="keys">Arrow keys move and open branches, Enter selects a part.</p>
      <ul role="tree" aria-label="Movement parts" ref={treeRef}>
        {renderItems(parts)}
      </ul>
      <p className="selected">
        {selected ? `Selected: ${selected.name} - ${selected.note || "assembly"}` : "Nothing selected"}
      </p>
    </div>
  );
}
