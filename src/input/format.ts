// Which reader a document needs, decided by its file name's extension alone:
// the bytes are checked against that choice later, so a mislabelled file is
// reported as such rather than silently read another way.
import { extname } from "node:path";
import { LantuError } from "../errors.ts";

export type DocumentFormat = "text" | "html" | "docx" | "pdf" | "image";

const BY_EXTENSION: Record<string, DocumentFormat> = {
  "": "text",
  ".txt": "text",
  ".text": "text",
  ".md": "text",
  ".html": "html",
  ".htm": "html",
  ".docx": "docx",
  ".pdf": "pdf",
  ".png": "image",
  ".jpg": "image",
  ".jpeg": "image",
};

// Formats people often try, with what to do instead.
const ADVICE: Record<string, string> = {
  ".doc": "old Word .doc files are not read; save it as .docx",
  ".wps": "WPS files are not read; save it as .docx",
  ".rtf": "RTF is not read; save it as .docx or .txt",
};

export const SUPPORTED = ".txt, .text, .md, .html, .htm, .docx, .pdf, .png, .jpg or no extension";

export function extensionOf(name: string): string {
  return extname(name).toLowerCase();
}

/**
 * The format a file name implies (or `extension`, with or without its dot,
 * when the caller knows it apart from the name), or a file_format error that
 * names the file.
 */
export function formatOf(name: string, extension = extensionOf(name)): DocumentFormat {
  const lower = extension.toLowerCase();
  const ext = lower === "" || lower.startsWith(".") ? lower : `.${lower}`;
  const format = BY_EXTENSION[ext];
  if (format) return format;
  const advice = ADVICE[ext] ?? `it reads ${SUPPORTED}`;
  throw new LantuError("file_format", `${name}: unsupported file type "${ext}" (${advice})`);
}
