// Opens a .docx the way a test should: unzip it, parse word/document.xml as
// XML, and hand back its paragraphs and tables as text.
import JSZip from "jszip";
import { DomUtils, parseDocument } from "htmlparser2";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface DocxContent {
  paragraphs: string[];
  tables: string[][][];
  xml: string;
}

type Element = ReturnType<typeof DomUtils.getElementsByTagName>[number];

const textOf = (el: Element) =>
  DomUtils.getElementsByTagName("w:t", el)
    .map((t) => DomUtils.textContent(t))
    .join("");

export async function readDocx(bytes: Uint8Array): Promise<DocxContent> {
  const zip = await JSZip.loadAsync(bytes);
  for (const part of ["[Content_Types].xml", "word/document.xml", "word/styles.xml"]) {
    if (!zip.file(part)) throw new Error(`not a .docx: ${part} missing`);
  }
  const xml = await zip.file("word/document.xml")!.async("string");
  const dom = parseDocument(xml, { xmlMode: true });
  const body = DomUtils.getElementsByTagName("w:body", dom)[0];
  if (!body) throw new Error("word/document.xml has no body");
  const paragraphs = DomUtils.getElementsByTagName("w:p", body).map(textOf);
  const tables = DomUtils.getElementsByTagName("w:tbl", body).map((tbl) =>
    DomUtils.getElementsByTagName("w:tr", tbl).map((tr) =>
      DomUtils.getElementsByTagName("w:tc", tr).map(textOf),
    ),
  );
  return { paragraphs, tables, xml };
}

/** `libreoffice --headless --convert-to pdf`; null when LibreOffice is not installed. */
export function convertWithLibreOffice(bytes: Uint8Array, name = "report.docx"): Buffer | null {
  const probe = spawnSync("libreoffice", ["--version"], { encoding: "utf8" });
  if (probe.error) return null;
  const dir = mkdtempSync(join(tmpdir(), "lantu-lo-"));
  try {
    writeFileSync(join(dir, name), bytes);
    const r = spawnSync(
      "libreoffice",
      [
        `-env:UserInstallation=file://${join(dir, "profile")}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        join(dir, name),
      ],
      { encoding: "utf8", timeout: 180_000 },
    );
    if (r.status !== 0) throw new Error(`libreoffice failed (${r.status}): ${r.stderr || r.stdout}`);
    return readFileSync(join(dir, name.replace(/\.docx$/, ".pdf")));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
