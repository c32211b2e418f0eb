import { createContext, useContext, useReducer } from "react";

export const DOC_TYPES = [
  { id: "site", name: "Site plan", formats: ["pdf", "dwg"] },
  { id: "elev", name: "Elevations", formats: ["pdf", "dwg"] },
  { id: "statement", name: "Design statement", formats: ["pdf", "docx"] },
];

const BAD_CHARS = /[\s#&%]/;

export function checkFile(name, type) {
  if (!name) return "Type a file name";
  if (BAD_CHARS.test(name)) return "File names can't contain spaces or # & %";
  const ext = name.includes(".") ? name.split(".").pop().toLowerCase() : "";
  if (!type.formats.includes(ext)) return `${type.name} must be a ${type.formats.map((f) => f.toUpperCase()).join(" or ")}`;
  return "";
}

function reducer(state, action) {
  switch (action.type) {
    case "attach": {
      const docType = DOC_TYPES.find((t) => t.id === action.docType);
      const error = checkFile(action.name, docType);
      if (error) return { ...state, message: error, ok: false };
      const docs = [...state.docs.filter((d) => d.docType !== action.docType), { docType: action.docType, name: action.name }];
      return { ...state, docs, message: `Attached ${action.name} as ${docType.name}`, ok: true };
    }
    case "submit":
      return { ...state, submitted: true };
    default:
      return state;
  }
}

const UploadContext = createContext(null);

export function UploadProvider({ children }) {
  const [state, dispatch] = useReducer(reducer, { docs: [], message: "", ok: false, submitted: false });
  return <UploadContext.Provider value={{ state, dispatch }}>{children}</UploadContext.Provider>;
}

export function useUploads() {
  return useContext(UploadContext);
}
