import { test } from "node:test";
import assert from "node:assert/strict";
import { isPieceOfLayoutBefore, subLabelMembers, subLabelsOf } from "./sub-labels.ts";

test("the pieces of a layout and of a plus-code, with what they count", () => {
  assert.deepEqual(subLabelsOf("一核两翼三区"), {
    keys: ["一核", "两翼", "三区"],
    heads: ["核", "翼", "区"],
    total: 6,
    open: false,
  });
  assert.deepEqual(subLabelsOf("1+3+N"), { keys: ["1", "3", "N"], heads: [], total: 5, open: true });
  assert.equal(subLabelsOf("一区多园")?.open, true);
  assert.equal(subLabelsOf("四个中心"), null);
  assert.equal(subLabelsOf("1123"), null);
});

test("pieces defined with 为 before the label that closes them (以A为“1”，B、C为“3”…的)", () => {
  assert.deepEqual(
    subLabelMembers(
      "加快构建以高端纺织为“1”，精密仪器、绿色建材、医疗器械为“3”，文创设计、冷链物流等新兴产业为“N”的",
      "1+3+N",
    ),
    ["高端纺织", "精密仪器", "绿色建材", "医疗器械", "文创设计", "冷链物流"],
  );
  // Role words stand for the pieces of a code: 以A为引领，B、C为支撑的“1+2”.
  assert.deepEqual(subLabelMembers("着力构建以数字文创为引领，智能家居、现代物流为支撑的", "1+2"), [
    "数字文创",
    "智能家居",
    "现代物流",
  ]);
  // Pieces that do not add up to the label's count give nothing.
  assert.equal(subLabelMembers("构建以数字文创为引领，智能家居为支撑的", "1+2"), null);
});

test("pieces defined after the label with 即/是, quoted or bare, with the class and the count after a list cut", () => {
  assert.deepEqual(
    subLabelMembers(
      "发展格局：“一核”即湖心科学城；“两翼”即东翼电子信息产业园、西翼新材料产业园；“三区”即北部物流区、南部商贸区和滨湖生活区",
      "一核两翼三区",
    ),
    ["湖心科学城", "电子信息产业园", "新材料产业园", "北部物流区", "南部商贸区", "滨湖生活区"],
  );
  assert.deepEqual(
    subLabelMembers("发展格局：一心，即青石场镇服务中心；两带，即沿河旅游带、环山果业带", "一心两带"),
    ["青石场镇服务中心", "沿河旅游带", "环山果业带"],
  );
  assert.deepEqual(
    subLabelMembers(
      "产业体系。“3”是做强精密仪器、绿色建材、医疗器械三大主导产业，“2”是培育壮大冷链物流、文创设计两大新兴产业",
      "3+2",
    ),
    ["精密仪器", "绿色建材", "医疗器械", "冷链物流", "文创设计"],
  );
});

test("a layout's first piece given a role (以A为龙头/主体), the rest after a verb", () => {
  assert.deepEqual(
    subLabelMembers("发展格局，即以青石高新产业园为龙头，建设沿河物流区、现代农业区和湖滨文旅区", "一园三区"),
    ["青石高新产业园", "沿河物流区", "现代农业区", "湖滨文旅区"],
  );
  assert.deepEqual(
    subLabelMembers(
      "就是以青石经开区为主体，统筹管理东湖装备园、西湖材料园和南湖医药园三个园区，实行统一规划",
      "一区多园",
    ),
    ["青石经开区", "东湖装备园", "西湖材料园", "南湖医药园"],
  );
  // 以A为主体、以B和C为两翼: 主体 ends in the head of 一体.
  assert.deepEqual(
    subLabelMembers("发展战略，以储能电池为主体、以氢能装备和换电服务为两翼，投资建设", "一体两翼"),
    ["储能电池", "氢能装备", "换电服务"],
  );
});

test("a piece of a layout quoted just before is no label of its own", () => {
  const text =
    "着力构建“一核两翼三区”发展格局：“一核”即湖心科学城；“两翼”即东翼园、西翼园；“三区”即北区、南区、东区。";
  assert.ok(isPieceOfLayoutBefore(text, text.indexOf("两翼”即"), "两翼"));
  assert.ok(isPieceOfLayoutBefore(text, text.indexOf("三区”即"), "三区"));
  assert.ok(!isPieceOfLayoutBefore(text, text.indexOf("一核两翼"), "一核两翼三区"));
  const alone = "今年要推进“三区”建设，即北部物流区、南部商贸区、滨湖生活区。";
  assert.ok(!isPieceOfLayoutBefore(alone, alone.indexOf("三区"), "三区"));
});
