// A document's bytes to the plain text the engine indexes, whatever the
// bytes came from (a file, an upload): the name's extension picks the
// reader, and every failure is a LantuError whose message names the document.
import { isLantuError, LantuError } from "../errors.ts";
import { decodeText, resolveEncoding } from "./detect-encoding.ts";
import { DEFAULT_MAX_DOCX_XML_BYTES, docxToText } from "./docx-to-text.ts";
import { formatOf, type DocumentFormat } from "./format.ts";
import { decodeHtml } from "./html-encoding.ts";
import { htmlToText } from "./html-to-text.ts";

export interface DecodedDocument {
  /** Exactly as decoded for plain text (byte-order mark dropped); the visible text for HTML and .docx. */
  text: string;
  format: DocumentFormat;
  /** The encoding the bytes were read in, lower case ("utf-8", "gb18030", "utf-16le"…). */
  encoding: string;
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
  } else {
    const maxXmlBytes = options.maxDocxXmlBytes ?? DEFAULT_MAX_DOCX_XML_BYTES;
    doc = { text: await docxToText(bytes, name, { maxXmlBytes }), format, encoding: "utf-8" };
  }
  if (!/\S/u.test(doc.text)) {
    const what = { text: "holds only white space", html: "has no visible text", docx: "has no text" }[format];
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
