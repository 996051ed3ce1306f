// A deterministic stand-in for the engine, so storage and API tests do not
// move while the real extractor improves: each line "单位：句子。" is one
// commitment of that unit; 创新/制造 align it to the two goals; "翻两番"
// makes a ×4 target due in five years with a baseline of 10.
import type { Extraction } from "../../src/engine/types.ts";
import type { Extractor } from "../../src/services/ingest.service.ts";

export const fakeExtract: Extractor = (text, options) => {
  const year = options.year ?? 2022;
  const x: Extraction = {
    document: { title: text.split("\n")[0]!.trim(), year },
    framework: {
      name: "测试都市",
      goals: [
        { id: "g1", name: "创新引领之都", aliases: ["创新"], subjects: [] },
        { id: "g2", name: "先进制造之都", aliases: ["制造"], subjects: [] },
      ],
    },
    units: [],
    speakers: [],
    strategies: [],
    commitments: [],
    targets: [],
  };
  let offset = 0;
  for (const line of text.split("\n")) {
    const m = /^(\S+?)：(.+)$/.exec(line.trim());
    const start = offset + line.indexOf(m?.[2] ?? "");
    offset += line.length + 1;
    if (!m) continue;
    const [, unit, body] = m as unknown as [string, string, string];
    if (!x.units.some((u) => u.name === unit))
      x.units.push({ name: unit, aliases: [], kind: "district", span: [start, start] });
    const goals = (["创新", "制造"] as const)
      .filter((w) => body.includes(w))
      .map((w) => ({
        name: w === "创新" ? "创新引领之都" : "先进制造之都",
        confidence: 0.9,
        cue: { kind: "lexicon" as const, text: w, span: [start, start + 2] as [number, number] },
      }));
    x.commitments.push({ unit, text: body, span: [start, start + body.length], goals, suggestions: [] });
    if (body.includes("翻两番")) {
      const commitment = x.commitments.length - 1;
      const base = {
        unit,
        metric: "产值",
        comparator: ">=" as const,
        unit_of_measure: "亿元",
        span: [start, start + 3] as [number, number],
        commitment,
      };
      x.targets.push({ ...base, value: 4, value_kind: "multiple", by_year: year + 5, baseline: false });
      x.targets.push({ ...base, value: 10, value_kind: "absolute", by_year: year - 1, baseline: true });
    }
  }
  return x;
};

export const DOC_V1 = [
  "测试区发展报告",
  "南岗区：建设创新大厦，打造科技创新高地。",
  "道里区：推进智能制造产业园建设，食品工业产值翻两番。",
  "香坊区：改造老旧小区三百个，提升城市品质。",
  "呼兰区：发展创新农业，建设现代农业示范区。",
].join("\n");

/** V1 with one item reworded, one added. */
export const DOC_V2 = [
  "测试区发展报告",
  "南岗区：建设创新大厦，打造科技创新高地。",
  "道里区：推进智能制造产业园建设，食品工业产值翻两番。",
  "香坊区：改造老旧小区三百个，全面提升城市品质。",
  "呼兰区：发展创新农业，建设现代农业示范区。",
  "松北区：建设冰雪创新产业园，发展冰雪经济。",
].join("\n");
