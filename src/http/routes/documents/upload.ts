// Reads a multipart document upload: the form fields (checked against
// UploadFields) and exactly one file, whose raw bytes go to src/input like a
// file named on the CLI, under the same size limit.
import type { FastifyRequest } from "fastify";
import type { Static } from "@sinclair/typebox";
import { Value } from "@sinclair/typebox/value";
import { isLantuError, LantuError } from "../../../errors.ts";
import { DEFAULT_MAX_BYTES, formatOf, resolveEncoding } from "../../../input/index.ts";
import { UploadFields } from "./schema.ts";

export interface Upload extends Static<typeof UploadFields> {
  name: string;
  bytes: Uint8Array;
}

export async function readUpload(req: FastifyRequest): Promise<Upload> {
  if (!req.isMultipart()) {
    throw new LantuError("validation", "send the document as multipart/form-data with a file part", {
      field: "file",
    });
  }
  const fields: Record<string, unknown> = {};
  let file: { name: string; bytes: Uint8Array } | undefined;
  try {
    for await (const part of req.parts({ limits: { fileSize: DEFAULT_MAX_BYTES, files: 1, fields: 20 } })) {
      if (part.type === "file") {
        if (file) throw new LantuError("validation", "send one file per upload", { field: "file" });
        file = { name: part.filename || "upload", bytes: await part.toBuffer() };
      } else if (typeof part.value === "string" && part.value !== "") {
        fields[part.fieldname] =
          part.fieldname === "year" && /^\d+$/.test(part.value) ? Number(part.value) : part.value;
      }
    }
  } catch (err) {
    if (isLantuError(err)) throw err;
    const code = (err as { code?: string }).code;
    if (code === "FST_REQ_FILE_TOO_LARGE" || code === "FST_FILES_LIMIT" || code === "FST_PARTS_LIMIT") {
      const max = `${DEFAULT_MAX_BYTES / 1024 / 1024} MB`;
      throw new LantuError(
        code === "FST_REQ_FILE_TOO_LARGE" ? "file_too_large" : "validation",
        code === "FST_REQ_FILE_TOO_LARGE"
          ? `${file?.name ?? "the file"}: over the size limit of ${max}`
          : "send one file per upload",
        { field: "file" },
      );
    }
    // Anything else the parser throws (no boundary, a body cut short, a broken
    // part header) comes from the client's malformed body, not from us.
    const reason = err instanceof Error ? err.message : String(err);
    throw new LantuError("validation", `the upload is not a readable multipart/form-data body (${reason})`, {
      field: "file",
    });
  }
  if (!file) throw new LantuError("validation", "file: no file in the upload", { field: "file" });
  formatOf(file.name); // an unsupported type is refused now, not by the job
  if (fields.encoding !== undefined) resolveEncoding(String(fields.encoding));
  if (!Value.Check(UploadFields, fields)) {
    const error = Value.Errors(UploadFields, fields).First();
    const field =
      error?.path.replace(/^\//, "") ||
      Object.keys(fields).find((k) => !(k in UploadFields.properties)) ||
      "(root)";
    const message = error && field in UploadFields.properties ? error.message : "unknown field";
    throw new LantuError("validation", `${field}: ${message}`, { field });
  }
  return { ...fields, ...file };
}
