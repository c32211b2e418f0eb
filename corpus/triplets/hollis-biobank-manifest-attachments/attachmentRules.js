// Hollis Biobank: what a courier manifest may carry as attachments.
export const ALLOWED = ["csv", "pdf", "xlsx"];
export const MAX_FILES = 4;
export const MAX_MB = 20;

export function extensionOf(name) {
  const dot = name.lastIndexOf(".");
  return dot === -1 ? "" : name.slice(dot + 1).toLowerCase();
}

export function checkAttachment(files, name, sizeText) {
  const size = Number(sizeText);
  if (!name.trim()) return "Type the file name first";
  if (!ALLOWED.includes(extensionOf(name.trim()))) return "Only CSV, PDF or XLSX files can go with a manifest";
  if (files.some((f) => f.name.toLowerCase() === name.trim().toLowerCase())) return `${name.trim()} is already attached`;
  if (!sizeText || Number.isNaN(size) || size <= 0) return "Enter the file size in MB";
  if (size > MAX_MB) return `Files over ${MAX_MB} MB must go through the secure transfer portal`;
  if (files.length >= MAX_FILES) return `A manifest takes at most ${MAX_FILES} attachments`;
  return "";
}

export function totalLine(files) {
  const mb = files.reduce((sum, f) => sum + f.size, 0);
  const noun = files.length === 1 ? "file" : "files";
  return `${files.length} ${noun}, ${mb.toFixed(1)} MB`;
}
