// A box of projects (专栏) in a plan outline:
//
//   专栏3 重大项目
//   （1）某某产业园：规划面积5.2平方公里，建设…，总投资120亿元。
//   （2）某某中试基地：建设中试车间…，总投资8亿元。
//
// Each item is one project the plan will carry out, named before the colon;
// what follows describes it (its area, its contents, its investment): no
// further action and no goal of its own.
import type { Paragraph } from "../text/segment.ts";

const BOX_TITLE = /^专栏\s*[\d一二三四五六七八九十]*(?:[\s：]|$)/;
const ITEM = /^(?:[（(]\d{1,2}[）)]|\d{1,2}[.．、](?!\d))\s*/;
/** The longest project name read before a colon. */
const NAME_LENGTH = 30;

export interface BoxItem {
  /** The project's name, as offsets into the text. */
  start: number;
  end: number;
}

/** The items of every project box, by paragraph index. */
export function projectBoxItems(paras: readonly Paragraph[], text: string): Map<number, BoxItem> {
  const out = new Map<number, BoxItem>();
  if (!text.includes("专栏")) return out;
  for (let i = 0; i < paras.length; i++) {
    if (!BOX_TITLE.test(paras[i]!.text)) continue;
    for (let j = i + 1; j < paras.length; j++) {
      const p = paras[j]!;
      const mark = ITEM.exec(p.text);
      if (!mark) break;
      const rest = p.text.slice(mark[0].length);
      const colon = rest.search(/[：:]/);
      const stop = colon >= 0 && colon <= NAME_LENGTH ? colon : rest.search(/[，。；]|$/);
      if (stop < 2) continue;
      const start = p.start + mark[0].length;
      out.set(p.index, { start, end: start + stop });
      i = j;
    }
  }
  return out;
}
