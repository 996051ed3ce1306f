import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "../index.ts";

test("a plan whose title opens with its place belongs to that place", () => {
  const x = extract(
    "青岚市推进数字经济发展三年行动方案\n\n到2026年，全市将新建数据中心3个，培育软件企业50家。\n",
    {
      year: 2024,
    },
  );
  assert.ok(x.commitments.length >= 1);
  assert.ok(x.commitments.every((c) => c.unit === "青岚市"));
});

test("with no author and no speaker, the government the text calls 全区 owns it", () => {
  const x = extract(
    "工作要点\n\n今年，全区将改造老旧小区30个，新建口袋公园12个，我区地区生产总值增长6%左右。\n",
    {
      year: 2024,
    },
  );
  assert.ok(x.commitments.length >= 2);
  assert.ok(x.commitments.every((c) => c.unit === "区政府"));
  assert.ok(x.targets.every((t) => t.unit === "区政府"));
});

test("the city's name comes from its newspaper when the text names none", () => {
  const x = extract(
    "2024-03-02 来源：临江日报\n\n今年，全市将新建5G基站800个，我市规上工业增加值增长8%。\n",
    {
      year: 2024,
    },
  );
  assert.ok(x.commitments.some((c) => c.unit === "临江市"));
});

test("a document with speakers takes no implied author", () => {
  const x = extract(
    "“今年我们将新建学校3所。”市人大代表、沙河镇党委书记郑如海说，全市要一起努力，全市上下同心。\n",
    {
      year: 2024,
    },
  );
  assert.ok(x.commitments.every((c) => c.unit === "沙河镇"));
});

test("when no sentence has an owner, the place the text names most owns it", () => {
  const x = extract(
    "关于做好重点工作的安排\n\n今年，青杉区将新建学校3所，改造老旧小区20个，青杉区还将加快建设滨江公园。\n",
    {
      year: 2024,
    },
  );
  assert.ok(x.commitments.length >= 2);
  assert.ok(x.commitments.every((c) => c.unit === "青杉区"));
});

test("a government's news account (X发布) speaks for the place the text names with that short name", () => {
  const x = extract(
    "【年终盘点】这一年，桐溪很拼！\n\n桐溪发布 2025年12月30日 18:00\n\n新的一年，桐溪县将新建口袋公园12个。\n",
    { year: 2025 },
  );
  assert.deepEqual(
    x.targets.map((t) => `${t.unit} ${t.value}`),
    ["桐溪县 12"],
  );
});
