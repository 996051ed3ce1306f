// Folds half-width punctuation and digits into one form, one code unit for
// one code unit, so that every index into the folded text is also an index
// into the original text and spans need no mapping back.

const FOLD: Record<string, string> = {
  ",": "，",
  ";": "；",
  ":": "：",
  "!": "！",
  "?": "？",
  "(": "（",
  ")": "）",
  "\u3000": " ",
  "\t": " ",
  "\r": " ",
  "\u00a0": " ",
  "\ufeff": " ",
  "〔": "（",
  "〕": "）",
  "﹐": "，",
  "﹔": "；",
  "﹕": "：",
  "＂": '"',
  "＇": "'",
  "「": "“",
  "」": "”",
  "『": "‘",
  "』": "’",
  "．": ".",
  "％": "%",
  "＋": "+",
  "－": "-",
  "～": "~",
};

// Full-width digits and Latin letters fold to ASCII.
function foldChar(ch: string): string {
  const mapped = FOLD[ch];
  if (mapped !== undefined) return mapped;
  const code = ch.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xfee0);
  if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) {
    return String.fromCharCode(code - 0xfee0);
  }
  return ch;
}

const TO_FOLD = /[,;:!?()\u3000\t\r\u00a0\ufeff〔〕﹐﹔﹕＇「」『』．％＋－～０-９Ａ-Ｚａ-ｚ]/;

/**
 * The folded code of every UTF-16 code unit (0 where it stays), built once.
 * A table read per character is several times faster than a replace with a
 * callback per match, and the demo's ASCII commas make matches many.
 */
const FOLDED = (() => {
  const table = new Uint16Array(0x10000);
  for (const ch of Object.keys(FOLD)) table[ch.charCodeAt(0)] = FOLD[ch]!.charCodeAt(0);
  for (let code = 0xff01; code <= 0xff5e; code++) {
    const ch = String.fromCharCode(code);
    if (TO_FOLD.test(ch)) table[code] = foldChar(ch).charCodeAt(0);
  }
  return table;
})();

const NEWLINE = 0x0a;
const STRAIGHT_QUOTE = 0x22; // "
const FULL_WIDTH_QUOTE = 0xff02; // ＂
const OPENING = "“";
const CLOSING = "”";

/**
 * Returns text of the same length with punctuation folded to the full-width
 * Chinese form and digits to ASCII. Straight double quotes become “ or ”
 * by alternation within a line, so quoted slogans look the same whichever
 * way the source typed them. One pass reads a table per character and copies
 * the unchanged runs between folded characters whole.
 */
export function foldText(text: string): string {
  return foldYears(foldMarks(text));
}

function foldMarks(text: string): string {
  // Built by concatenation, flattened once on first read: cheaper than an array of parts joined.
  let out = "";
  let copied = 0;
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Ideographs, most of the text, never fold: the table (128 KB) is not read for them.
    if (code >= 0x4e00 && code <= 0x9fff) continue;
    let folded: string;
    if (code === NEWLINE) {
      open = false;
      continue;
    } else if (code === STRAIGHT_QUOTE || code === FULL_WIDTH_QUOTE) {
      open = !open;
      folded = open ? OPENING : CLOSING;
    } else if (FOLDED[code]) {
      folded = String.fromCharCode(FOLDED[code]);
    } else continue;
    out += text.slice(copied, i) + folded;
    copied = i + 1;
  }
  if (copied === 0) return text;
  return out + text.slice(copied);
}

/** The digits a year may be written in (二〇〇六年, 一九九八年), with their ASCII digit. */
const YEAR_DIGIT: Record<string, string> = {
  〇: "0",
  "○": "0",
  零: "0",
  一: "1",
  二: "2",
  三: "3",
  四: "4",
  五: "5",
  六: "6",
  七: "7",
  八: "8",
  九: "9",
};

const YI = 0x4e00; // 一
const ER = 0x4e8c; // 二

/**
 * 二〇〇六年 → 2006年: a year written digit by digit in Chinese (older
 * documents do) reads as the same year in ASCII digits, four characters for
 * four, so every later stage reads one form. Only a run of exactly four such
 * digits opening 19 or 20 before 年 is a year (三五年, 一二三年 are not).
 */
function foldYears(text: string): string {
  let parts: string[] | null = null;
  let copied = 0;
  for (let i = text.indexOf("年", 4); i !== -1; i = text.indexOf("年", i + 1)) {
    // Most 年 follow an ASCII year or a word: only a run opening 一 or 二 is read (a slice per 年 cost).
    const lead = text.charCodeAt(i - 4);
    if (lead !== YI && lead !== ER) continue;
    const run = text.slice(i - 4, i);
    if (!(run.startsWith("一九") || /^二[〇○零]/.test(run))) continue;
    const before = text[i - 5] ?? "";
    if (YEAR_DIGIT[before] !== undefined || before === "十") continue;
    let digits = "";
    for (const ch of run) digits += YEAR_DIGIT[ch] ?? "";
    if (digits.length !== 4) continue;
    (parts ??= []).push(text.slice(copied, i - 4), digits);
    copied = i;
  }
  if (!parts) return text;
  parts.push(text.slice(copied));
  return parts.join("");
}
