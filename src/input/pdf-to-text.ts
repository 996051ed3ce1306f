// A PDF's text, page by page. Text PDFs are read with pdfjs-dist (Mozilla's
// PDF.js), chosen over unpdf after measuring both on a LibreOffice-made
// Chinese PDF: the same text and the same speed (3 pages: ~1.7–2.2 s each;
// 60 pages: 3.4–4.8 s pdfjs-dist, 4.8–5.3 s unpdf, on a loaded 2-core VM),
// since unpdf wraps a bundled copy of PDF.js; pdfjs-dist supports Node 20
// in its own declared engines and ships the CMaps Chinese fonts need as
// files, one layer less to keep current. A page without a text layer (a
// scan) is rendered with poppler's pdftoppm and read by Tesseract (ocr.ts).
import { execFile } from "node:child_process";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { LantuError } from "../errors.ts";
import { ocrUnavailable, recognise, type OcrOptions } from "./ocr.ts";
import { pageText, type TextRun } from "./pdf-layout.ts";
import { magicOf } from "./sniff-binary.ts";

const run = promisify(execFile);

/** The most pages a PDF may have: a plan with its annexes runs to a few hundred. */
export const MAX_PDF_PAGES = 2000;
/** The most scanned pages read by OCR in one document (each takes seconds). */
export const MAX_OCR_PAGES = 300;
/** A page with fewer visible characters than this in its text layer is treated as a scan. */
const SCAN_CHARACTERS = 10;

export interface PdfOptions {
  ocr?: OcrOptions;
  /** The pdftoppm program (default "pdftoppm"; LANTU_PDFTOPPM overrides). */
  pdftoppm?: string;
  /** Called after each page, for progress reports. */
  onPage?: (done: number, total: number) => void;
}

export interface ReadPage {
  text: string;
  /** Set when the text was recognised by OCR: the page as an image (JPEG) and Tesseract's confidence. */
  image?: PageImage;
  confidence?: number;
}

export interface PageImage {
  type: "image/png" | "image/jpeg";
  bytes: Uint8Array;
}

const pdfjsDir = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));

/** The pages of a PDF, each with its text (from the text layer, or by OCR for a scanned page). */
export async function pdfPages(
  bytes: Uint8Array,
  name: string,
  options: PdfOptions = {},
): Promise<ReadPage[]> {
  if (magicOf(bytes) !== "a PDF document") {
    const magic = magicOf(bytes);
    throw new LantuError("file_format", `${name}: not a PDF${magic ? `; it looks like ${magic}` : ""}`);
  }
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const task = pdfjs.getDocument({
    // pdfjs takes ownership of (and detaches) the buffer it is given.
    data: new Uint8Array(bytes),
    cMapUrl: `${pdfjsDir}/cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${pdfjsDir}/standard_fonts/`,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  });
  let pdf: Awaited<typeof task.promise>;
  try {
    pdf = await task.promise;
  } catch (err) {
    const e = err as Error;
    if (e.name === "PasswordException")
      throw new LantuError("file_format", `${name}: the PDF is password-protected; save an unprotected copy`);
    throw new LantuError("file_corrupt", `${name}: corrupt PDF: ${e.message}`);
  }
  try {
    if (pdf.numPages > MAX_PDF_PAGES) {
      throw new LantuError(
        "file_too_large",
        `${name}: the PDF has ${pdf.numPages} pages, over the limit of ${MAX_PDF_PAGES}`,
      );
    }
    const pages: ReadPage[] = [];
    const scanned: number[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const runs: TextRun[] = content.items.flatMap((item) =>
        "str" in item
          ? [
              {
                str: item.str,
                x: item.transform[4],
                y: item.transform[5],
                width: item.width,
                height: item.height,
              },
            ]
          : [],
      );
      const text = pageText(runs, page.view[2]! - page.view[0]!);
      pages.push({ text });
      if (text.replace(/\s/gu, "").length < SCAN_CHARACTERS) scanned.push(n);
      page.cleanup();
      options.onPage?.(n - scanned.length, pdf.numPages);
    }
    if (scanned.length > 0) await readScans(bytes, name, pages, scanned, options);
    return pages;
  } finally {
    await pdf.destroy();
  }
}

/** Renders the scanned pages and reads them by OCR, or says plainly why it cannot. */
async function readScans(
  bytes: Uint8Array,
  name: string,
  pages: ReadPage[],
  scanned: number[],
  options: PdfOptions,
) {
  const which =
    scanned.length === pages.length ? "no text layer" : `no text layer on page ${scanned.join(", ")}`;
  const missing = (await ocrUnavailable(options.ocr)) ?? (await pdftoppmUnavailable(options.pdftoppm));
  if (missing) {
    if (scanned.length < pages.length) return; // the pages with text are read; the scans stay blank.
    throw new LantuError(
      "ocr_unavailable",
      `${name}: the PDF has ${which} (a scan?) and OCR is not available here: ${missing}`,
    );
  }
  if (scanned.length > MAX_OCR_PAGES) {
    throw new LantuError(
      "file_too_large",
      `${name}: ${scanned.length} scanned pages, over the OCR limit of ${MAX_OCR_PAGES}`,
    );
  }
  const dir = await mkdtemp(join(tmpdir(), "lantu-pdf-"));
  try {
    const pdfPath = join(dir, "in.pdf");
    await writeFile(pdfPath, bytes);
    let done = pages.length - scanned.length;
    for (const n of scanned) {
      const scan = await render(options.pdftoppm, pdfPath, n, dir, 300, "png", name);
      const read = await recognise(scan, `${name} p. ${n}`, options.ocr);
      const image = await render(options.pdftoppm, pdfPath, n, dir, 110, "jpeg", name);
      pages[n - 1] = {
        text: read.text,
        image: { type: "image/jpeg", bytes: image },
        confidence: read.confidence,
      };
      options.onPage?.(++done, pages.length);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const pdftoppmOf = (command?: string) => command ?? process.env.LANTU_PDFTOPPM ?? "pdftoppm";

async function pdftoppmUnavailable(command?: string): Promise<string | undefined> {
  return run(pdftoppmOf(command), ["-v"], { timeout: 30_000 }).then(
    () => undefined,
    (err: NodeJS.ErrnoException) =>
      err.code === "ENOENT" ? "pdftoppm is not installed (Debian package poppler-utils)" : undefined,
  );
}

async function render(
  command: string | undefined,
  pdfPath: string,
  page: number,
  dir: string,
  dpi: number,
  type: "png" | "jpeg",
  name: string,
): Promise<Uint8Array> {
  const prefix = join(dir, `p${page}-${dpi}`);
  await run(
    pdftoppmOf(command),
    [`-${type}`, "-r", String(dpi), "-f", String(page), "-l", String(page), "-singlefile", pdfPath, prefix],
    {
      timeout: 5 * 60_000,
    },
  ).catch((err: Error & { stderr?: string }) => {
    throw new LantuError(
      "file_corrupt",
      `${name}: page ${page} could not be rendered: ${(err.stderr ?? err.message).trim()}`,
    );
  });
  const file = (await readdir(dir)).find((f) => f.startsWith(`p${page}-${dpi}.`));
  if (!file) throw new LantuError("file_corrupt", `${name}: page ${page} could not be rendered`);
  return readFile(join(dir, file));
}
