// Text from a page image through Tesseract (Debian's tesseract-ocr with the
// chi_sim model), run as a child process so that recognition never holds
// the event loop. Tesseract's TSV output is read rather than its plain text:
// it says which lines form a paragraph, so wrapped lines can be glued back
// together and paragraphs kept apart, as the engine expects.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { LantuError } from "../errors.ts";
import { joinWords } from "./pdf-layout.ts";

const run = promisify(execFile);

export interface OcrOptions {
  /** The tesseract program (default "tesseract" on the PATH; LANTU_TESSERACT overrides). */
  command?: string;
  /** The language model (default chi_sim, which also reads digits and Latin letters). */
  language?: string;
}

export interface OcrPage {
  text: string;
  /** Tesseract's mean word confidence, 0–100 (NaN when it found no word). */
  confidence: number;
}

const tesseractOf = (o: OcrOptions) => o.command ?? process.env.LANTU_TESSERACT ?? "tesseract";

/**
 * Why OCR cannot run here, or undefined when it can: the program is missing
 * or lacks the language model. Checked once per program and language.
 */
export async function ocrUnavailable(options: OcrOptions = {}): Promise<string | undefined> {
  const command = tesseractOf(options);
  const language = options.language ?? "chi_sim";
  const key = `${command}\0${language}`;
  let known = checked.get(key);
  if (!known) {
    known = run(command, ["--list-langs"], { timeout: 30_000 }).then(
      ({ stdout }) =>
        stdout.split(/\s+/).includes(language)
          ? undefined
          : `Tesseract has no "${language}" model (Debian package tesseract-ocr-chi-sim)`,
      () => `Tesseract is not installed (Debian packages tesseract-ocr and tesseract-ocr-chi-sim)`,
    );
    checked.set(key, known);
  }
  return known;
}
const checked = new Map<string, Promise<string | undefined>>();

/** The text Tesseract reads in one page image (PNG, JPEG, TIFF…). */
export async function recognise(image: Uint8Array, name: string, options: OcrOptions = {}): Promise<OcrPage> {
  const dir = await mkdtemp(join(tmpdir(), "lantu-ocr-"));
  try {
    const path = join(dir, "page");
    await writeFile(path, image);
    const { stdout } = await run(
      tesseractOf(options),
      [path, "stdout", "-l", options.language ?? "chi_sim", "tsv"],
      {
        maxBuffer: 64 * 1024 * 1024,
        timeout: 10 * 60_000,
        // One thread per page: on a shared machine Tesseract's OpenMP threads slow it down, not up.
        env: { ...process.env, OMP_THREAD_LIMIT: "1" },
      },
    ).catch((err: Error & { stderr?: string }) => {
      const reason = (err.stderr ?? err.message).split("\n").find((l) => l.trim()) ?? err.message;
      throw new LantuError("file_corrupt", `${name}: the image could not be read for OCR: ${reason.trim()}`);
    });
    return tsvText(stdout);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Tesseract TSV to text: words of a line joined (no space beside a Chinese
 * character), lines of one paragraph glued, paragraphs on lines of their own.
 */
export function tsvText(tsv: string): OcrPage {
  const paragraphs = new Map<string, Map<string, string[]>>();
  const confidences: number[] = [];
  for (const row of tsv.split("\n").slice(1)) {
    const cells = row.split("\t");
    if (cells.length < 12 || cells[0] !== "5") continue;
    const word = cells.slice(11).join("\t").trim();
    if (!word) continue;
    const paragraph = `${cells[1]}.${cells[2]}.${cells[3]}`;
    const lines = paragraphs.get(paragraph) ?? new Map<string, string[]>();
    paragraphs.set(paragraph, lines);
    const words = lines.get(cells[4]!) ?? [];
    lines.set(cells[4]!, words);
    words.push(word);
    const conf = Number(cells[10]);
    if (conf >= 0) confidences.push(conf);
  }
  const text = [...paragraphs.values()]
    .map((lines) =>
      [...lines.values()].map(joinWords).reduce((a, b) => a + (gluesWithout(a, b) ? "" : " ") + b),
    )
    .join("\n");
  const confidence = confidences.reduce((a, b) => a + b, 0) / confidences.length;
  return { text, confidence };
}

const HAN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
const gluesWithout = (a: string, b: string) => HAN.test(a.at(-1) ?? "") || HAN.test(b[0] ?? "");
