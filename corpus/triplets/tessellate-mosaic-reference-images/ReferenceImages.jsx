import { useState } from "react";
import ImageRow from "./ImageRow.jsx";
import useImageList, { MAX_IMAGES } from "./useImageList.js";

export default function ReferenceImages({ commission = "Garden wall mosaic, 2.4 x 1.2 m" }) {
  const { files, cover, error, add, remove, setCover, clearError } = useImageList();
  const [typed, setTyped] = useState("");

  function onKeyDown(e) {
    if (e.key === "Enter") {
      e.preventDefault();
      if (add(typed)) setTyped("");
    } else if (e.key === "Escape") {
      setTyped("");
      clearError();
    }
  }

  return (
    <section className="reference-images">
      <h1>Tessellate Mosaic Studio</h1>
      <p className="commission">Commission: {commission}</p>
      <h2>Reference images</h2>
      <p className="help">
        Type the name of each photo or sketch you will bring to the consultation and press Enter. Esc clears the
        field. Up to {MAX_IMAGES} images.
      </p>
      <label htmlFor="ri-name">Image file name</label>
      <input
        id="ri-name"
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        onKeyDown={onKeyDown}
        autoComplete="off"
      />
      {error && <p className="upload-error">{error}</p>}

      {files.length === 0 ? (
        <p className="empty">No images yet.</p>
      ) : (
        <ul className="image-list">
          {files.map((f) => (
            <ImageRow
              key={f}
              name={f}
              isCover={f === cover}
              onCover={() => setCover(f)}
              onRemove={() => remove(f)}
            />
          ))}
        </ul>
      )}
      <p className="cover-line">Cover image: {cover || "none"}</p>
      <p className="count">
        {files.length} of {MAX_IMAGES} images
      </p>
      <div className="step-actions">
        <button type="button">Back to design brief</button>
        <button type="button" disabled={files.length === 0}>
          Continue to consultation date
        </button>
      </div>
    </section>
  );
}
