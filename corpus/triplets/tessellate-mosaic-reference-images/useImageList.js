import { useState } from "react";

const IMAGE_TYPES = ["png", "jpg", "jpeg", "tif", "tiff"];
export const MAX_IMAGES = 3;

export default function useImageList() {
  const [files, setFiles] = useState([]);
  const [cover, setCover] = useState(null);
  const [error, setError] = useState("");

  function add(raw) {
    const name = raw.trim();
    if (!name) return false;
    const ext = name.includes(".") ? name.split(".").pop().toLowerCase() : "";
    if (!IMAGE_TYPES.includes(ext)) {
      setError("Only PNG, JPG or TIFF images, please");
      return false;
    }
    if (files.includes(name)) {
      setError(`${name} is already in the list`);
      return false;
    }
    if (files.length >= MAX_IMAGES) {
      setError(`You can add up to ${MAX_IMAGES} reference images`);
      return false;
    }
    setFiles([...files, name]);
    if (cover === null) setCover(name);
    setError("");
    return true;
  }

  function remove(name) {
    const rest = files.filter((f) => f !== name);
    setFiles(rest);
    setCover(cover === name ? (rest.length ? rest[0] : null) : cover);
    setError("");
  }

  return { files, cover, error, add, remove, setCover, clearError: () => setError("") };
}
