// An ECharts chart. ECharts loads on first use, in its own chunk, so pages
// paint before it arrives; the option is replaced whole on each change.
import { useEffect, useRef } from "react";
import type { EChartsCoreOption } from "echarts/core";

type Echarts = typeof import("./echarts.ts");
let loading: Promise<Echarts> | null = null;
const loadEcharts = () => (loading ??= import("./echarts.ts"));

export function Chart({
  option,
  height = 260,
  label,
}: {
  option: EChartsCoreOption;
  height?: number;
  label: string;
}) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<Echarts["echarts"]["init"]> | null>(null);
  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | null = null;
    void loadEcharts().then(({ echarts }) => {
      if (disposed || !el.current) return;
      chart.current = echarts.init(el.current, undefined, { renderer: "canvas" });
      chart.current.setOption(option, true);
      observer = new ResizeObserver(() => chart.current?.resize());
      observer.observe(el.current);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);
  return <div ref={el} className="chart" style={{ height }} role="img" aria-label={label} />;
}
