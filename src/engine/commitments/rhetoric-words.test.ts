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

test("figures of speech for zeal (吹响…集结号, 挑最重的担子, 挑大梁, 无源之水) are rhetoric, not commitments", () => {
  assert.equal(rejectReason("全面吹响乡村振兴集结号"), "rhetoric");
  assert.equal(rejectReason("我们要在生态文明建设中挑最重的担子"), "rhetoric");
  assert.equal(rejectReason("各乡镇正以争先进位的劲头在全县发展中挑大梁"), "rhetoric");
  assert.equal(rejectReason("离开创新，产业升级就是无源之水"), "rhetoric");
  // An ordinary pledge beside them stays one.
  assert.equal(rejectReason("新建乡村振兴示范点12个"), null);
});

test("a speech's courtesies (热烈的欢迎, 衷心的感谢, 预祝…圆满成功, 叙友情) are rhetoric, not commitments", () => {
  assert.equal(rejectReason("向出席今天洽谈会的各位来宾表示热烈的欢迎"), "rhetoric");
  assert.equal(rejectReason("向关心支持杉口发展的各界朋友致以衷心的感谢"), "rhetoric");
  assert.equal(rejectReason("预祝本次洽谈会圆满成功"), "rhetoric");
  assert.equal(rejectReason("与各位客商叙友情、话合作、谋发展"), "rhetoric");
  // An ordinary pledge beside them stays one.
  assert.equal(rejectReason("为每个落地项目配备一名项目专员"), null);
});
