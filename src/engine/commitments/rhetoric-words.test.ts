// Clause shapes from the unseen documents of the own5–own7 sets (issue 9). Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { rejectReason } from "./clauses.ts";

test("a rhetoric word inside an activity's quoted name or a fixed phrase does not make rhetoric", () => {
  assert.equal(rejectReason("深入开展“担当作为、比学赶超”活动"), null);
  assert.equal(rejectReason("建设一支忠诚干净担当的高素质干部队伍"), null);
  assert.equal(rejectReason("强化责任担当"), "rhetoric");
  assert.equal(rejectReason("各级各部门要以“等不起”的紧迫感抓推进"), "rhetoric");
});
