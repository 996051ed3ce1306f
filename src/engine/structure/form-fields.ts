// A page laid out as a form's fields (a message board, a petition's reply: 【留言内容】…,
// 【办理单位】某镇人民政府, 【回复内容】…): the field names say whose each block is.
import layout from "../../../lexicon/layout.json" with { type: "json" };

export type FieldKind = "owner" | "asker" | "reply" | "other";

const KIND = new Map<string, FieldKind>();
for (const [kind, names] of [
  ["owner", layout.formFields.owner],
  ["asker", layout.formFields.asker],
  ["reply", layout.formFields.reply],
] as const)
  for (const name of names) KIND.set(name, kind);

/**
 * The field a line opens with (【办理单位】某镇人民政府 → owner, 某镇人民政府), when the line opens
 * with a bracketed name of two to six Han characters; the value is what follows up to a space.
 * Fields not in lexicon layout.json formFields are "other" (【留言编号】, 【回复时间】).
 */
export function formField(line: string): { kind: FieldKind; value: string } | null {
  if (line[0] !== "【") return null;
  const close = line.indexOf("】");
  if (close < 3 || close > 7) return null;
  const name = line.slice(1, close);
  if (!/^[\u4e00-\u9fa5]+$/.test(name)) return null;
  const value = /^\s*([^\s【]*)/.exec(line.slice(close + 1))![1]!;
  return { kind: KIND.get(name) ?? "other", value };
}
