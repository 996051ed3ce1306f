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

test("认定 acts; investment or a per-person level stated after 完成/提高到 is a target; 以优异成绩… is rhetoric", () => {
  assert.equal(rejectReason("全年新认定高新技术企业150家以上"), null);
  assert.equal(rejectReason("完成年度投资1150亿元以上"), "figure");
  assert.equal(rejectReason("城乡居民基础养老金最低标准提高到每人每月130元"), "figure");
  assert.equal(rejectReason("以优异成绩庆祝新中国成立70周年"), "rhetoric");
});
