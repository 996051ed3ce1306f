import { Type } from "@sinclair/typebox";
import { Day, Id, Nullable, OneOf, strict } from "../../schemas.ts";

const Level = Type.Union([Type.Literal("blue"), Type.Literal("yellow"), Type.Literal("red")]);
const Action = Type.String({ minLength: 1, maxLength: 4000, description: "what the unit must do" });

export const NoticeBody = Type.Object(
  {
    demanded_action: Action,
    reply_deadline: Type.Optional(Day),
    level: Type.Optional(Level),
  },
  strict,
);
export const BulkNoticeBody = Type.Object(
  {
    commitment_ids: Type.Optional(Type.Array(Id, { minItems: 1, maxItems: 500 })),
    min_level: Type.Optional(Level),
    demanded_action: Action,
    reply_deadline: Type.Optional(Day),
    level: Type.Optional(Level),
  },
  strict,
);
export const ReplyBody = Type.Object({ reply: Type.String({ minLength: 1, maxLength: 20000 }) }, strict);
export const StateQuery = Type.Object(
  { state: Type.Optional(Type.Union([Type.Literal("open"), Type.Literal("answered")])) },
  strict,
);
export const NoticeResponse = Type.Object({
  id: Type.Integer(),
  plan_id: Type.Integer(),
  number: Type.String({ description: "督办〔year〕n号, numbered per plan" }),
  commitment_id: Type.Integer(),
  unit_id: Nullable(Type.Integer()),
  level: OneOf(["blue", "yellow", "red"]),
  demanded_action: Type.String(),
  reply_deadline: Type.String(),
  state: OneOf(["open", "answered"]),
  reply: Nullable(Type.String()),
  replied_by_name: Nullable(Type.String()),
  replied_at: Nullable(Type.String()),
  issued_by_name: Type.String(),
  issued_at: Type.String(),
  version: Type.Integer(),
});
export const NoticeList = Type.Object({ items: Type.Array(NoticeResponse) });
