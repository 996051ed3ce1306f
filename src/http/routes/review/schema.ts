import { Type } from "@sinclair/typebox";
import { CommitmentOut } from "../../responses.ts";
import { Id, Nullable, strict } from "../../schemas.ts";

export const EditBody = Type.Object(
  {
    text: Type.Optional(Type.String({ minLength: 1, maxLength: 5000 })),
    unit_id: Type.Optional(Nullable(Id)),
    goals: Type.Optional(
      Type.Array(
        Type.Object(
          { goal_id: Id, confidence: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })) },
          strict,
        ),
        {
          maxItems: 50,
        },
      ),
    ),
  },
  strict,
);
export const MergeBody = Type.Object({ into: Id }, strict);
export const SplitBody = Type.Object(
  { parts: Type.Array(Type.String({ minLength: 1, maxLength: 5000 }), { minItems: 2, maxItems: 20 }) },
  strict,
);
export const RejectBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 2000 }) }, strict);

export const MergedOut = Type.Object({ merged: CommitmentOut, into: CommitmentOut });
export const SplitOut = Type.Object({ items: Type.Array(CommitmentOut) });
