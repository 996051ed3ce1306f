// PDFs and scans the tests make themselves: a text PDF written by
// LibreOffice from a .docx (one page per list of paragraphs), a page of it
// rendered to an image by poppler's pdftoppm (a "scan"), and that image
// wrapped in a PDF with no text layer, as a scanner writes one.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document, Packer, PageBreak, Paragraph, TextRun } from "docx";
import { convertWithLibreOffice } from "./docx-xml.ts";

/** A PDF whose page n holds pages[n-1]'s paragraphs; null when LibreOffice is not installed. */
export async function textPdf(pages: string[][], size = 12): Promise<Buffer | null> {
  const children = pages.flatMap((paragraphs, i) => [
    ...paragraphs.map((p) => new Paragraph({ children: [new TextRun({ text: p, size: size * 2 })] })),
    ...(i < pages.length - 1 ? [new Paragraph({ children: [new PageBreak()] })] : []),
  ]);
  const docx = await Packer.toBuffer(new Document({ sections: [{ children }] }));
  return convertWithLibreOffice(docx, "fixture.docx");
}

/** Page `page` of a PDF as an image; null when pdftoppm is not installed. */
export function renderPage(pdf: Uint8Array, page: number, dpi: number, type: "png" | "jpeg"): Buffer | null {
  if (spawnSync("pdftoppm", ["-v"]).error) return null;
  const dir = mkdtempSync(join(tmpdir(), "lantu-scan-"));
  try {
    writeFileSync(join(dir, "in.pdf"), pdf);
    const args = [`-${type}`, "-r", String(dpi), "-f", String(page), "-l", String(page), "-singlefile"];
    const r = spawnSync("pdftoppm", [...args, join(dir, "in.pdf"), join(dir, "out")], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`pdftoppm failed: ${r.stderr}`);
    return readFileSync(join(dir, type === "png" ? "out.png" : "out.jpg"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A one-page PDF showing a JPEG and nothing else: no fonts, no text layer. */
export function imagePdf(jpeg: Uint8Array, width: number, height: number, dpi: number): Buffer {
  const w = (width * 72) / dpi;
  const h = (height * 72) / dpi;
  const content = `q ${w.toFixed(2)} 0 0 ${h.toFixed(2)} 0 0 cm /Scan Do Q`;
  const objects: (string | Buffer)[] = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w.toFixed(2)} ${h.toFixed(2)}] /Resources << /XObject << /Scan 4 0 R >> >> /Contents 5 0 R >>`,
    Buffer.concat([
      Buffer.from(
        `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>\nstream\n`,
        "latin1",
      ),
      Buffer.from(jpeg),
      Buffer.from("\nendstream", "latin1"),
    ]),
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  const parts: Buffer[] = [Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "latin1")];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((body, i) => {
    offsets.push(length);
    const obj = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`, "latin1"),
      typeof body === "string" ? Buffer.from(body, "latin1") : body,
      Buffer.from("\nendobj\n", "latin1"),
    ]);
    parts.push(obj);
    length += obj.length;
  });
  const xref = [
    "xref",
    `0 ${objects.length + 1}`,
    "0000000000 65535 f ",
    ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n `),
    "trailer",
    `<< /Size ${objects.length + 1} /Root 1 0 R >>`,
    "startxref",
    String(length),
    "%%EOF\n",
  ].join("\n");
  parts.push(Buffer.from(xref, "latin1"));
  return Buffer.concat(parts);
}

/** A JPEG's pixel size, read from its start-of-frame marker. */
export function jpegSize(jpeg: Uint8Array): { width: number; height: number } {
  let i = 2;
  while (i < jpeg.length) {
    const marker = jpeg[i + 1]!;
    const length = (jpeg[i + 2]! << 8) | jpeg[i + 3]!;
    if (marker >= 0xc0 && marker <= 0xc2)
      return { height: (jpeg[i + 5]! << 8) | jpeg[i + 6]!, width: (jpeg[i + 7]! << 8) | jpeg[i + 8]! };
    i += 2 + length;
  }
  throw new Error("no JPEG frame header");
}
