import { Type } from "@sinclair/typebox";

export const JobParams = Type.Object({ id: Type.String({ format: "uuid" }) });
