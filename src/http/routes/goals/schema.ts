import { Type } from "@sinclair/typebox";
import { strict } from "../../schemas.ts";

const Words = Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 100 });
export const CreateGoal = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    aliases: Type.Optional(Words),
    subjects: Type.Optional(Words),
  },
  strict,
);
export const UpdateGoal = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    aliases: Type.Optional(Words),
    subjects: Type.Optional(Words),
  },
  strict,
);
