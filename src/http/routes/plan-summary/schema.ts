import { Type } from "@sinclair/typebox";
import { Id, Nullable } from "../../schemas.ts";
import { Status } from "../../responses.ts";

export const SummaryBody = Type.Object({
  plan_id: Id,
  period: Type.Object({ from: Nullable(Type.Integer()), to: Nullable(Type.Integer()) }),
  goal_status: Type.Array(Type.Object({ goal_id: Nullable(Id), status: Status, n: Type.Integer() })),
});
