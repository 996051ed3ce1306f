// A document's bytes to the plain text the engine indexes, whatever the
// bytes came from (a file, an upload): the name's extension picks the
// reader, and every failure is a LantuError whose message names the document.
import { isLantuError, LantuError } from "../errors.ts";
import { decodeText, resolveEncoding } from "./detect-encoding.ts";
import { DEFAULT_MAX_DOCX_XML_BYTES, docxToText } from "./docx-to-text.ts";
import { formatOf, type DocumentFormat } from "./format.ts";
import { decodeHtml } from "./html-encoding.ts";
import { htmlToText } from "./html-to-text.ts";
import { imageToText } from "./image-to-text.ts";
import type { OcrOptions } from "./ocr.ts";
import { pdfPages, type PageImage, type ReadPage } from "./pdf-to-text.ts";

/** A page of a paged document (PDF, scan): where its text starts, and its image when the text was recognised by OCR. */
export interface DocumentPage {
  /** Offset in `text` (UTF-16 units, as the engine's spans) where the page begins. */
  start: number;
  image?: PageImage;
  /** Tesseract's mean word confidence (0–100) for a page read by OCR. */
  confidence?: number;
}

export interface DecodedDocument {
  /** Exactly as decoded for plain text (byte-order mark dropped); the visible text for HTML and .docx. */
  text: string;
  format: DocumentFormat;
  /** The encoding the bytes were read in, lower case ("utf-8", "gb18030", "utf-16le"…). */
  encoding: string;
  /** For PDFs and images: page start offsets (page n is pages[n-1]), with the images of pages read by OCR. */
  pages?: DocumentPage[];
}

export interface DecodeOptions {
  /** The document's name as the user knows it: a path or an upload's file name. */
  name: string;
  /** The extension, with or without its dot, when it is not the name's own. */
  ext?: string;
  /** An encoding that overrides detection (not used for .docx, which is always UTF-8 XML). */
  encoding?: string;
  /** The most XML a .docx may unpack to. */
  maxDocxXmlBytes?: number;
  /** Where Tesseract is, for scanned PDFs and images. */
  ocr?: OcrOptions;
  /** Called as pages are read (PDFs and images), for a progress bar. */
  onPage?: (done: number, total: number) => void;
}

export async function decodeBytes(bytes: Uint8Array, options: DecodeOptions): Promise<DecodedDocument> {
  const { name, encoding: override } = options;
  const format = formatOf(name, options.ext);
  if (override !== undefined) resolveEncoding(override);
  if (bytes.length === 0) throw new LantuError("file_empty", `${name}: file is empty`);
  let doc: DecodedDocument;
  if (format === "text") {
    doc = { ...decodeText(bytes, name, override), format };
  } else if (format === "html") {
    const { text: html, encoding } = decodeHtml(bytes, name, override);
    doc = { text: named(name, () => htmlToText(html)), format, encoding };
  } else if (format === "pdf") {
    doc = joinPages(await pdfPages(bytes, name, { ocr: options.ocr, onPage: options.onPage }), format);
  } else if (format === "image") {
    doc = joinPages([await imageToText(bytes, name, options.ocr)], format);
    options.onPage?.(1, 1);
  } else {
    const maxXmlBytes = options.maxDocxXmlBytes ?? DEFAULT_MAX_DOCX_XML_BYTES;
    doc = { text: await docxToText(bytes, name, { maxXmlBytes }), format, encoding: "utf-8" };
  }
  if (!/\S/u.test(doc.text)) {
    const what = {
      text: "holds only white space",
      html: "has no visible text",
      docx: "has no text",
      pdf: "has no text (nor any that OCR could read)",
      image: "shows no text that OCR could read",
    }[format];
    throw new LantuError("file_empty", `${name}: file ${what}`);
  }
  return doc;
}

// Puts the file's name in front of an error that does not know it.
function named<T>(name: string, read: () => T): T {
  try {
    return read();
  } catch (err) {
    if (isLantuError(err)) throw new LantuError(err.code, `${name}: ${err.message}`, err.details);
    throw err;
  }
}

/** Pages' texts as one text, a line break between pages, with each page's start offset. */
function joinPages(read: ReadPage[], format: "pdf" | "image"): DecodedDocument {
  let text = "";
  const pages: DocumentPage[] = read.map((p) => {
    if (text !== "" && !text.endsWith("\n")) text += "\n";
    const page: DocumentPage = { start: text.length };
    if (p.image) page.image = p.image;
    if (p.confidence !== undefined) page.confidence = p.confidence;
    text += p.text;
    return page;
  });
  return { text, format, encoding: "utf-8", pages };
}
