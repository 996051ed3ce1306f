// The charts' options (web/src/components/chart-options.ts): count axes start
// at 0 with whole-number ticks; a legend sits in its own band below the plot,
// clear of the axes and their labels.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  countAxis,
  LEGEND_BAND,
  scoreChartOption,
  statusChartOption,
  targetChartOption,
} from "../../web/src/components/chart-options.ts";

test("the status chart counts items: its axis starts at 0 and ticks in whole numbers", () => {
  // Large, equal counts: left to itself ECharts would start the axis near them.
  const o = statusChartOption([
    { label: "正常推进", value: 41, color: "#1" },
    { label: "滞后", value: 40, color: "#2" },
  ]);
  assert.equal(o.xAxis.min, 0);
  assert.equal(o.xAxis.minInterval, 1);
  assert.deepEqual(
    o.series[0]!.data.map((d) => d.value),
    [41, 40],
  );
  assert.ok(o.grid.containLabel, "axis labels inside the grid");
  assert.equal(countAxis({ name: "项" }).min, 0);
});

test("the target chart's legend is below the plot, in a band the grid leaves free", () => {
  const o = targetChartOption(
    [
      [2021, 100],
      [2026, 200],
    ],
    [[2023, 130]],
    { plan: "计划", actual: "实际" },
  );
  assert.equal(o.legend.bottom, 0);
  assert.equal("top" in o.legend, false, "not at the top, where the y axis's highest label is");
  assert.ok(o.grid.bottom >= LEGEND_BAND && LEGEND_BAND >= 40, "room for a legend of two lines");
  assert.ok(o.grid.containLabel, "the x axis's labels stay inside the grid, above the legend band");
  assert.deepEqual(o.legend.data, ["计划", "实际"]);
  // Year axis: whole years only, from a quarter before the first point to a quarter after the last.
  assert.equal(o.xAxis.minInterval, 1);
  assert.equal(o.xAxis.min, 2020.75);
  assert.equal(o.xAxis.max, 2026.25);
  assert.equal(o.xAxis.axisLabel.formatter(2024), "2023");
  assert.equal(o.xAxis.axisLabel.formatter(2024.5), "");
});

test("the assessment chart's score axis runs from 0 to 100", () => {
  const o = scoreChartOption([
    { unit: "南岗区", score: 92 },
    { unit: "道里区", score: 88 },
  ]);
  assert.equal(o.xAxis.min, 0);
  assert.equal(o.xAxis.max, 100);
  assert.ok(o.grid.containLabel, "long unit names are not cut at a fixed left margin");
});
