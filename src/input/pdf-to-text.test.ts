// PDFs and scans made by the test itself (LibreOffice writes the PDF,
// pdftoppm "scans" it), read through the same decodeBytes as every upload.
import { before, test, type TestContext } from "node:test";
import assert from "node:assert/strict";
import { similarity } from "../domain/similarity.ts";
import { extract } from "../engine/index.ts";
import { isLantuError } from "../errors.ts";
import { imagePdf, jpegSize, renderPage, textPdf } from "../../test/helpers/pdf-fixtures.ts";
import { decodeBytes } from "./decode-bytes.ts";

// An invented plan: one heading and paragraphs per page, the second long enough to wrap.
const PAGES = [
  [
    "一、总体要求",
    "云岭区委书记周远：云岭区将加快建设智慧园区服务平台，完善园区道路、供水、供电等配套设施，2026年底前建成投用，推动园区企业入驻率达到百分之九十以上。",
  ],
  ["二、重点任务", "我们将新建幼儿园3所，新增学位1200个。"],
  ["三、保障措施", "全区将在2027年6月底前完成城乡道路改造50公里。"],
];
// The scanned page: large type, as a scanner at 200 dpi sees a printed page.
const SCAN = [
  "云岭区委书记周远：",
  "云岭区将加快建设智慧园区服务平台，2026年底前建成投用。",
  "我们将新建幼儿园3所，新增学位1200个。",
  "全区将在2027年6月底前完成城乡道路改造50公里。",
];

let pdf: Buffer | null = null;
let scanJpeg: Buffer | null = null;
let scanPng: Buffer | null = null;

before(async () => {
  pdf = await textPdf(PAGES);
  const scanSource = await textPdf([SCAN], 16);
  if (scanSource) {
    scanJpeg = renderPage(scanSource, 1, 200, "jpeg");
    scanPng = renderPage(scanSource, 1, 200, "png");
  }
});

/** The tools come from .ci/debian-packages: missing under CI is a failure, elsewhere a skip. */
function need(t: TestContext, what: unknown, tool: string): boolean {
  if (what) return true;
  assert.ok(!process.env.CI, `${tool} is missing under CI (see .ci/debian-packages)`);
  t.skip(`${tool} is not installed`);
  return false;
}

test(
  "a text PDF: reading order kept, wrapped lines joined, page starts recorded",
  { timeout: 300_000 },
  async (t) => {
    if (!need(t, pdf, "libreoffice")) return;
    const doc = await decodeBytes(pdf!, { name: "plan.pdf" });
    assert.equal(doc.format, "pdf");
    assert.equal(doc.text, PAGES.map((p) => p.join("\n")).join("\n"));
    assert.deepEqual(
      doc.pages!.map((p) => doc.text.slice(p.start, p.start + 6)),
      PAGES.map((p) => p[0]!.slice(0, 6)),
    );
    assert.ok(
      doc.pages!.every((p) => p.image === undefined),
      "a text page keeps no image",
    );
    // The engine finds in the PDF what it finds in the same text typed in.
    const fromPdf = extract(doc.text, {}).commitments.map((c) => c.text);
    const fromText = extract(PAGES.map((p) => p.join("\n")).join("\n"), {}).commitments.map((c) => c.text);
    assert.ok(fromText.length >= 3, `commitments in the fixture: ${fromText.length}`);
    assert.deepEqual(fromPdf, fromText);
  },
);

test(
  "a scanned PDF is read by OCR: the commitments come through, the page image is kept",
  { timeout: 600_000 },
  async (t) => {
    if (!need(t, scanJpeg, "libreoffice and pdftoppm")) return;
    const { width, height } = jpegSize(scanJpeg!);
    const scanned = imagePdf(scanJpeg!, width, height, 200);
    const doc = await decodeBytes(scanned, { name: "scan.pdf" });
    assert.equal(doc.pages!.length, 1);
    const page = doc.pages![0]!;
    assert.equal(page.image?.type, "image/jpeg");
    assert.ok(page.image!.bytes.length > 1000);
    const accuracy = characterAccuracy(SCAN.join("\n"), doc.text);
    t.diagnostic(
      `OCR character accuracy ${(accuracy * 100).toFixed(1)}%, confidence ${page.confidence?.toFixed(1)}`,
    );
    assert.ok(accuracy >= 0.95, `OCR read:\n${doc.text}`);
    const expected = extract(SCAN.join("\n"), {}).commitments;
    const recognised = extract(doc.text, {}).commitments;
    assert.ok(expected.length >= 3);
    assert.equal(recognised.length, expected.length, `OCR read:\n${doc.text}`);
    recognised.forEach((c, i) => {
      assert.equal(c.unit, expected[i]!.unit);
      assert.ok(similarity(c.text, expected[i]!.text) >= 0.8, `${c.text} ≠ ${expected[i]!.text}`);
    });
    // Spans index the recognised text.
    for (const c of recognised) assert.equal(doc.text.slice(c.span[0], c.span[1]), c.text);
  },
);

test(
  "a scanned page sent as a .png is read by OCR, the image kept as it came",
  { timeout: 600_000 },
  async (t) => {
    if (!need(t, scanPng, "libreoffice and pdftoppm")) return;
    const doc = await decodeBytes(scanPng!, { name: "page.png" });
    assert.equal(doc.format, "image");
    assert.equal(doc.pages![0]!.image!.type, "image/png");
    assert.equal(doc.pages![0]!.image!.bytes, scanPng);
    assert.ok(characterAccuracy(SCAN.join("\n"), doc.text) >= 0.95, doc.text);
  },
);

test("a PDF with no text layer and no OCR says so plainly", { timeout: 300_000 }, async (t) => {
  if (!need(t, scanJpeg, "libreoffice and pdftoppm")) return;
  const { width, height } = jpegSize(scanJpeg!);
  const scanned = imagePdf(scanJpeg!, width, height, 200);
  const noOcr = { command: "/nonexistent/tesseract" };
  await assert.rejects(decodeBytes(scanned, { name: "scan.pdf", ocr: noOcr }), (err) => {
    assert.ok(isLantuError(err));
    assert.equal(err.code, "ocr_unavailable");
    assert.match(
      err.message,
      /^scan\.pdf: the PDF has no text layer \(a scan\?\) and OCR is not available here: Tesseract is not installed/,
    );
    return true;
  });
  await assert.rejects(
    decodeBytes(scanPng!, { name: "page.png", ocr: noOcr }),
    /page\.png: an image is read by OCR, which is not available/,
  );
});

test("a broken PDF, a PDF that is not one, an image that is not one", async () => {
  const code = (c: string, re: RegExp) => (err: unknown) =>
    isLantuError(err) && err.code === c && re.test(err.message);
  await assert.rejects(
    decodeBytes(Buffer.from("%PDF-1.7\n1 0 obj\n<<"), { name: "cut.pdf" }),
    code("file_corrupt", /^cut\.pdf: corrupt PDF/),
  );
  await assert.rejects(
    decodeBytes(Buffer.from("PK\x03\x04abc"), { name: "x.pdf" }),
    code("file_format", /x\.pdf: not a PDF; it looks like a ZIP/),
  );
  await assert.rejects(
    decodeBytes(Buffer.from("%PDF-1.4 ..."), { name: "x.jpg" }),
    code("file_format", /x\.jpg: not a PNG or JPEG image; it looks like a PDF/),
  );
});

/** 1 − (edit distance ÷ expected length), white space ignored. */
function characterAccuracy(expected: string, actual: string): number {
  const a = [...expected.replace(/\s/gu, "")];
  const b = [...actual.replace(/\s/gu, "")];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return 1 - prev[b.length]! / a.length;
}
