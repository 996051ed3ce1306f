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
  const parts: string[] = [];
  let copied = 0;
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
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
    if (copied < i) parts.push(text.slice(copied, i));
    parts.push(folded);
    copied = i + 1;
  }
  if (copied === 0) return text;
  if (copied < text.length) parts.push(text.slice(copied));
  return parts.join("");
}
