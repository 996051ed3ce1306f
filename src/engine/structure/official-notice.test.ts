// An official notice issuing a street office's work points (红头文件): the
// office is the owner, the issued document's title dates its tasks, and the
// task table's notes and topic headings are no actions. Invented text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "../extract.ts";

const NOTICE = `柳河区青石街道办事处文件

青办发〔2024〕5号

关于印发《青石街道办事处2024年工作要点》的通知

各社区居委会:
现将《青石街道办事处2024年工作要点》印发给你们,请认真贯彻落实。

青石街道办事处2024年工作要点

一、聚焦产业发展,壮大街道经济

(一)抓好招商引资

1. 新引进企业不少于80家,盘活闲置厂房3处。(牵头单位:经济发展办;责任单位:各社区)

(二)优化营商环境

2. 深化“店小二”服务制度,为重点企业配备服务专员。(牵头单位:营商环境办)

10. 深化“文明楼院”创建,年内创建示范楼院6个。(牵头单位:综治中心)
`;

test("an office's notice: the street office owns its work points, due in the year of the title", () => {
  const e = extract(NOTICE, { year: 2024 });
  assert.deepEqual([...new Set(e.commitments.map((c) => c.unit))], ["青石街道"]);
  const firms = e.targets.find((t) => t.metric.includes("企业") && t.value === 80);
  assert.equal(firms?.by_year, 2024);
  const buildings = e.targets.find((t) => t.value === 6);
  assert.equal(buildings?.by_year, 2024);
});

test("an office's notice: task-table notes and a heading over headings are no commitments; 10. opens a clause", () => {
  const texts = extract(NOTICE, { year: 2024 }).commitments.map((c) => c.text);
  assert.ok(!texts.some((t) => t.includes("牵头单位")), texts.join(" | "));
  assert.ok(!texts.some((t) => t.includes("聚焦产业发展")), texts.join(" | "));
  assert.ok(
    texts.some((t) => t.includes("文明楼院")),
    texts.join(" | "),
  );
  assert.ok(
    texts.some((t) => t.includes("闲置厂房")),
    texts.join(" | "),
  );
});
