// A scanned page sent as an image (.png, .jpg): its text by OCR, the image
// kept as the page's picture for the reader.
import { LantuError } from "../errors.ts";
import { ocrUnavailable, recognise, type OcrOptions } from "./ocr.ts";
import type { ReadPage } from "./pdf-to-text.ts";
import { magicOf } from "./sniff-binary.ts";

const TYPES: Record<string, "image/png" | "image/jpeg"> = {
  "a PNG image": "image/png",
  "a JPEG image": "image/jpeg",
};

export async function imageToText(bytes: Uint8Array, name: string, ocr?: OcrOptions): Promise<ReadPage> {
  const magic = magicOf(bytes);
  const type = magic ? TYPES[magic] : undefined;
  if (!type) {
    throw new LantuError(
      "file_format",
      `${name}: not a PNG or JPEG image${magic ? `; it looks like ${magic}` : ""}`,
    );
  }
  const missing = await ocrUnavailable(ocr);
  if (missing)
    throw new LantuError(
      "ocr_unavailable",
      `${name}: an image is read by OCR, which is not available here: ${missing}`,
    );
  const read = await recognise(bytes, name, ocr);
  return { text: read.text, image: { type, bytes }, confidence: read.confidence };
}
