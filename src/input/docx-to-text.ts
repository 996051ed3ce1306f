// The text of a Word .docx, one line per paragraph. mammoth reads the
// document (paragraphs, runs, line breaks, tables, lists, footnotes) into
// simple HTML, which html-to-text turns into lines like any other page; images
// are never unpacked, and the XML is measured by inflating it before mammoth
// holds any of it.
// mammoth is loaded at the first .docx read, not at the server's start.
import { LantuError } from "../errors.ts";
import { magicOf } from "./sniff-binary.ts";
import { htmlToText } from "./html-to-text.ts";
import { megabytes } from "./limits.ts";
import { measureZip } from "./zip-measure.ts";

/** The most unpacked XML a .docx may hold: Word's markup is several times its text, and the parser holds it all. */
export const DEFAULT_MAX_DOCX_XML_BYTES = 256 * 1024 * 1024;

export interface DocxOptions {
  maxXmlBytes?: number;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** The text of a .docx's bytes, or a LantuError naming `name`. */
export async function docxToText(
  bytes: Uint8Array,
  name: string,
  options: DocxOptions = {},
): Promise<string> {
  if (!ZIP_MAGIC.every((b, i) => bytes[i] === b)) {
    const magic = magicOf(bytes);
    const looks = magic ? `; it looks like ${magic}` : "";
    throw new LantuError("file_format", `${name}: not a .docx: it is not a ZIP archive${looks}`);
  }
  const max = options.maxXmlBytes ?? DEFAULT_MAX_DOCX_XML_BYTES;
  // Measured by inflating, not read from the directory: a directory can lie.
  const measured = await measureZip(bytes, max, (e) => /\.(xml|rels)$/i.test(e.name));
  if (!measured.ok && measured.reason === "unreadable")
    throw new LantuError("file_corrupt", `${name}: corrupt .docx: ${measured.detail}`);
  if (!measured.ok) {
    throw new LantuError(
      "file_too_large",
      `${name}: .docx unpacks to more than ${megabytes(max)} of XML, the limit`,
      { limit: "maxXmlBytes", max },
    );
  }
  let html: string;
  try {
    const { default: mammoth } = await import("mammoth");
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { convertImage: mammoth.images.imgElement(async () => ({ src: "" })), ignoreEmptyParagraphs: true },
    );
    html = result.value;
  } catch (err) {
    const reason = String((err as Error)?.message ?? err)
      .split("\n")[0]!
      .trim();
    throw new LantuError("file_corrupt", `${name}: corrupt .docx: ${reason}`);
  }
  return htmlToText(html);
}
