import { Type } from "@sinclair/typebox";
import { READER_PAGE } from "../../../services/reader.read.ts";
import { Id, Nullable } from "../../schemas.ts";
import { Comparator, PageOut, ReviewState, Span, Status, ValueKind } from "../../responses.ts";

export const ReaderQuery = Type.Object({
  from: Type.Integer({
    minimum: 0,
    maximum: 2_147_483_647,
    default: 0,
    description: "the page's first character (the previous page's `next`)",
  }),
  length: Type.Integer({
    minimum: 1,
    maximum: READER_PAGE,
    default: READER_PAGE,
    description:
      "characters at most; the page ends after the last line break in its second half, and before its 201st item (a dense document's pages hold 200 items at most)",
  }),
});
export const ReaderBody = Type.Object({
  document: Type.Object({
    id: Id,
    plan_id: Id,
    title: Type.String(),
    year: Nullable(Type.Integer()),
    text: Type.String({ description: "the page's text: characters window.from to window.to" }),
    length: Type.Integer({ description: "the whole document's length in characters" }),
  }),
  window: Type.Object({ from: Type.Integer(), to: Type.Integer() }),
  next: Nullable(Type.Integer({ description: "`from` of the next page; null on the last" })),
  pages: Type.Array(PageOut, { description: "all the document's pages (PDF, scan), whatever the window" }),
  commitments: Type.Array(
    Type.Object({
      id: Id,
      unit_id: Nullable(Id),
      text: Type.String(),
      span: Span,
      review_state: ReviewState,
      status: Status,
      goal_ids: Type.Array(Id),
    }),
  ),
  targets: Type.Array(
    Type.Object({
      id: Id,
      commitment_id: Nullable(Id),
      metric: Type.String(),
      comparator: Comparator,
      value: Type.Number(),
      value_kind: ValueKind,
      unit_of_measure: Nullable(Type.String()),
      is_baseline: Type.Boolean(),
      due_year: Nullable(Type.Integer()),
      span: Span,
    }),
  ),
  speakers: Type.Array(
    Type.Object({
      id: Id,
      person: Type.String(),
      titles: Type.Array(Type.String()),
      unit_ids: Type.Array(Type.Integer()),
      span: Span,
    }),
  ),
  strategies: Type.Array(Type.Object({ id: Id, label: Type.String(), unit_id: Nullable(Id), span: Span })),
});
