// Numbers as the text writes them: Arabic (486.3, 1，200 after the fold) or
// Chinese numerals (五十, 一百二十, 两千, 二十八点六). Chinese numerals are decoded by nzh;
// it does not know the colloquial 两, so that is mapped to 二 first.
import Nzh from "nzh";

const ARABIC = /^\d{1,3}(?:，\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/;
const DIGIT = "零一二三四五六七八九";
const CHINESE = /^[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?$/;

/** The value of a number already known to be written in digits (1，200.5), separators aside. */
export function arabicValue(numeral: string): number {
  return Number(numeral.includes("，") ? numeral.replace(/，/g, "") : numeral);
}

/**
 * Values of the Chinese numerals read so far. Decoding one costs far more
 * than a lookup, and texts repeat the same few (十个, 五十名); the count kept
 * is bounded.
 */
const CHINESE_VALUES = new Map<string, number | null>();
const REMEMBERED = 1024;

/** The value of a numeral written in digits or Chinese characters, else null. */
export function parseNumeral(numeral: string): number | null {
  if (ARABIC.test(numeral)) return arabicValue(numeral);
  if (!CHINESE.test(numeral)) return null;
  let value = CHINESE_VALUES.get(numeral);
  if (value === undefined) {
    if (CHINESE_VALUES.size >= REMEMBERED) CHINESE_VALUES.clear();
    value = chineseValue(numeral);
    CHINESE_VALUES.set(numeral, value);
  }
  return value;
}

/** The value of a numeral of Chinese characters, decoded. */
function chineseValue(numeral: string): number | null {
  // 二十八点六: the whole part as usual, the decimals digit by digit.
  const point = numeral.indexOf("点");
  if (point > 0) {
    const whole = chineseValue(numeral.slice(0, point));
    const decimals = [...numeral.slice(point + 1).replace(/〇/g, "零")]
      .map((ch) => DIGIT.indexOf(ch))
      .join("");
    return whole === null ? null : Number(`${whole}.${decimals}`);
  }
  const plain = numeral.replace(/两/g, "二").replace(/〇/g, "零");
  // Digits with no 十/百/千 (二〇二五) are positional; nzh would drop the zero.
  const value = /[十百千]/.test(plain)
    ? Number(Nzh.cn.decodeS(plain))
    : Number([...plain].map((ch) => DIGIT.indexOf(ch)).join(""));
  return Number.isFinite(value) && value > 0 ? value : null;
}

/** True for a Chinese numeral of one character (一, 两, 三…), which is mostly rhetoric (两个着力点, 三大战略). */
export function isBareChineseDigit(numeral: string): boolean {
  return numeral.length === 1 && CHINESE.test(numeral);
}
