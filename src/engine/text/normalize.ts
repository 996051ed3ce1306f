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

const TO_FOLD = /[,;:!?()\u3000\t\r\u00a0\ufeff〔〕﹐﹔﹕＇「」『』．％＋－～０-９Ａ-Ｚａ-ｚ]/g;
const STRAIGHT_QUOTES = /["＂]|\n/g;

/**
 * Returns text of the same length with punctuation folded to the full-width
 * Chinese form and digits to ASCII. Straight double quotes become “ or ”
 * by alternation within a line, so quoted slogans look the same whichever
 * way the source typed them.
 */
export function foldText(text: string): string {
  let out = text.replace(TO_FOLD, foldChar);
  if (out.includes('"') || out.includes("＂")) {
    let open = false;
    out = out.replace(STRAIGHT_QUOTES, (ch) => {
      if (ch === "\n") {
        open = false;
        return ch;
      }
      open = !open;
      return open ? "“" : "”";
    });
  }
  return out;
}
