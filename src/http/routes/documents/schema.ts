import { Type } from "@sinclair/typebox";
import { Id, strict } from "../../schemas.ts";

export const IngestBody = Type.Object(
  {
    text: Type.String({ minLength: 1, maxLength: 8_000_000, description: "the decoded document text" }),
    source: Type.Optional(Type.String({ maxLength: 500 })),
    title: Type.Optional(Type.String({ maxLength: 500 })),
    year: Type.Optional(Type.Integer({ minimum: 1949, maximum: 2100 })),
    plan: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    revises: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: "document id or hash" })),
  },
  strict,
);

/** The form fields of a multipart upload, beside its one file part. */
export const UploadFields = Type.Object(
  {
    plan: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    year: Type.Optional(Type.Integer({ minimum: 1949, maximum: 2100 })),
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
    revises: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: "document id or hash" })),
    encoding: Type.Optional(Type.String({ minLength: 1, maxLength: 40, description: "overrides detection" })),
  },
  strict,
);

export const UploadBody = Type.Object(
  {
    file: Type.String({ format: "binary", description: ".txt, .html, .docx, .pdf, .png or .jpg" }),
    ...UploadFields.properties,
  },
  { description: "multipart/form-data: the fields, then one file part" },
);

export const PageParams = Type.Object({ id: Id, page: Type.Integer({ minimum: 1, maximum: 100_000 }) });
