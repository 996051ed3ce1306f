import { Type } from "@sinclair/typebox";
import { Cursor, Day, Id, Limit, Nullable, strict } from "../../schemas.ts";

const Status = Type.Union(
  ["not_started", "on_track", "behind", "overdue", "done"].map((s) => Type.Literal(s)),
);
const Review = Type.Union(["proposed", "confirmed", "rejected", "merged"].map((s) => Type.Literal(s)));
export const ListQuery = Type.Object(
  {
    unit: Type.Optional(Id),
    goal: Type.Optional(Id),
    status: Type.Optional(Status),
    review: Type.Optional(Review),
    document: Type.Optional(Id),
    q: Type.Optional(
      Type.String({ minLength: 1, maxLength: 100, description: "full-text search (Chinese, 1+ characters)" }),
    ),
    sort: Type.Optional(
      Type.Union(
        [Type.Literal("id"), Type.Literal("-id"), Type.Literal("due_date"), Type.Literal("confidence")],
        {
          description: "id by default; confidence (least sure owner first) by default for review=proposed",
        },
      ),
    ),
    cursor: Type.Optional(Cursor),
    limit: Type.Optional(Limit),
  },
  strict,
);
export const PublicListQuery = Type.Object(
  {
    unit: Type.Optional(Id),
    goal: Type.Optional(Id),
    status: Type.Optional(Status),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    cursor: Type.Optional(Cursor),
    limit: Type.Optional(Limit),
  },
  strict,
);
export const TrackingBody = Type.Object(
  {
    lead_unit_id: Type.Optional(Nullable(Id)),
    cooperating_unit_ids: Type.Optional(Type.Array(Id, { maxItems: 50 })),
    deadline: Type.Optional(Nullable(Day)),
  },
  strict,
);
export const MilestoneBody = Type.Object(
  { title: Type.String({ minLength: 1, maxLength: 500 }), due_date: Day },
  strict,
);
export const MilestonePatch = Type.Object(
  {
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
    due_date: Type.Optional(Day),
    done: Type.Optional(Type.Boolean()),
    done_on: Type.Optional(
      Type.String({
        format: "date",
        pattern: Day.pattern,
        description: "the day it was done (YYYY-MM-DD, not after today); ticks it off",
      }),
    ),
  },
  strict,
);
