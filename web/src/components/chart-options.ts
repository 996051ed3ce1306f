// The ECharts options of the app's charts, as pure functions so a test can
// read them (test/web/chart-options.test.ts). Two rules hold for every chart:
//   - an axis that counts items starts at 0 and ticks in whole numbers
//     (minInterval 1): "2.5 items" and a bar starting at 3 both mislead;
//   - a legend sits in its own band below the plot (grid.bottom leaves room
//     for it, containLabel keeps the axis labels inside the grid), so it never
//     lies over an axis or its labels, even when it wraps on a phone.

/** The band under the plot that a legend of one or two lines needs, in px. */
export const LEGEND_BAND = 44;

export const countAxis = (extra: Record<string, unknown> = {}) => ({
  type: "value" as const,
  min: 0,
  minInterval: 1,
  axisLabel: { color: "#374151" },
  ...extra,
});

const legendBelow = (data: string[]) => ({
  data,
  bottom: 0,
  left: "center",
  textStyle: { color: "#111827" },
});

/** Items per status, as horizontal bars (the overview). */
export function statusChartOption(rows: { label: string; value: number; color: string | undefined }[]) {
  return {
    animation: false,
    grid: { left: 8, right: 36, top: 8, bottom: 8, containLabel: true },
    xAxis: countAxis(),
    yAxis: {
      type: "category" as const,
      inverse: true,
      data: rows.map((r) => r.label),
      axisLabel: { color: "#111827", fontSize: 14 },
    },
    tooltip: { trigger: "item" },
    series: [
      {
        type: "bar",
        data: rows.map((r) => ({ value: r.value, itemStyle: { color: r.color } })),
        label: { show: true, position: "right", color: "#111827", fontSize: 14 },
        barMaxWidth: 22,
      },
    ],
  };
}

/** A target's trajectory (dashed) and reported figures, by year; x in year + fraction. */
export function targetChartOption(
  plan: [number, number][],
  points: [number, number][],
  names: { plan: string; actual: string },
) {
  const xs = [...plan, ...points].map((p) => p[0]);
  return {
    animation: false,
    legend: legendBelow([names.plan, names.actual]),
    grid: { left: 8, right: 24, top: 16, bottom: LEGEND_BAND, containLabel: true },
    tooltip: { trigger: "axis" },
    xAxis: {
      type: "value" as const,
      min: xs.length ? Math.floor(Math.min(...xs)) - 0.25 : undefined,
      max: xs.length ? Math.ceil(Math.max(...xs)) + 0.25 : undefined,
      axisLabel: {
        // Points sit at the end of their year (year + 1): label the year they belong to.
        formatter: (v: number) => String(Math.round(v * 4) / 4 === Math.round(v) ? Math.round(v) - 1 : ""),
        color: "#374151",
      },
      minInterval: 1,
    },
    // Figures (not counts): the axis fits them rather than starting at 0.
    yAxis: { type: "value" as const, scale: true, axisLabel: { color: "#374151" } },
    series: [
      {
        name: names.plan,
        type: "line",
        data: plan,
        lineStyle: { type: "dashed", color: "#6b7280", width: 2 },
        itemStyle: { color: "#6b7280" },
        symbol: "diamond",
        symbolSize: 9,
      },
      {
        name: names.actual,
        type: "line",
        data: points,
        lineStyle: { color: "#1d4ed8", width: 3 },
        itemStyle: { color: "#1d4ed8" },
        symbolSize: 9,
      },
    ],
  };
}

/** Assessment scores (0–100) per unit, best first. */
export function scoreChartOption(rows: { unit: string; score: number | null }[]) {
  return {
    tooltip: { trigger: "axis" },
    grid: { left: 8, right: 36, top: 10, bottom: 8, containLabel: true },
    xAxis: { type: "value" as const, min: 0, max: 100 },
    yAxis: { type: "category" as const, inverse: true, data: rows.map((u) => u.unit) },
    series: [
      {
        type: "bar",
        data: rows.map((u) => u.score),
        itemStyle: { color: "#2b5fab" },
        label: { show: true, position: "right" },
      },
    ],
  };
}
