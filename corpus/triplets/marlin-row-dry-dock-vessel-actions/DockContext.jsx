import { createContext, useContext, useReducer, useState } from "react";

const DockContext = createContext(null);

function dockReducer(state, action) {
  const vessel = state.vessels.find((v) => v.id === action.id);
  switch (action.type) {
    case "inspect":
      return {
        vessels: state.vessels.map((v) => (v.id === action.id ? { ...v, inspections: v.inspections + 1 } : v)),
        activity: `Inspection logged for ${vessel.name}`,
      };
    case "hold":
      return {
        vessels: state.vessels.map((v) => (v.id === action.id ? { ...v, status: "On hold" } : v)),
        activity: `${vessel.name} held for survey`,
      };
    case "release":
      return {
        vessels: state.vessels.map((v) => (v.id === action.id ? { ...v, status: "Released" } : v)),
        activity: `${vessel.name} moved to the quay`,
      };
    default:
      return state;
  }
}

export function DockProvider({ vessels, children }) {
  const [state, dispatch] = useReducer(dockReducer, { vessels, activity: "" });
  const [openMenu, setOpenMenu] = useState(null);
  return (
    <DockContext.Provider value={{ ...state, dispatch, openMenu, setOpenMenu }}>{children}</DockContext.Provider>
  );
}

export function useDock() {
  return useContext(DockContext);
}
