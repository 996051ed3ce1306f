// Goal and status colours. Goal tints sit behind dark text (contrast > 12:1);
// the strong shades carry white text or mark borders (each ≥ 4.5:1 on white).
export const GOAL_STRONG = [
  "#1d4ed8",
  "#b45309",
  "#047857",
  "#7c3aed",
  "#be123c",
  "#0e7490",
  "#4d7c0f",
  "#a21caf",
  "#9a3412",
  "#374151",
];
export const GOAL_TINT = [
  "#dbeafe",
  "#fde9c4",
  "#d1fae5",
  "#ede9fe",
  "#ffe4e6",
  "#cffafe",
  "#e7f7c8",
  "#fae8ff",
  "#ffedd5",
  "#e5e7eb",
];
export const goalStrong = (i: number) => (i < 0 ? "#4b5563" : GOAL_STRONG[i % GOAL_STRONG.length]!);
export const goalTint = (i: number) => (i < 0 ? "#f3f4f6" : GOAL_TINT[i % GOAL_TINT.length]!);

export const STATUS_COLOR: Record<string, string> = {
  not_started: "#6b7280",
  on_track: "#15803d",
  behind: "#b45309",
  overdue: "#b91c1c",
  done: "#1d4ed8",
};

const luminance = (rgb: number[]) => {
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const INK = "#000000";
const INK_L = 0;

/** Heat-map shade for a count, light to deep blue; the text takes whichever of
 *  white or ink contrasts more (always ≥ 4.5:1). */
export function heat(n: number, max: number): { bg: string; fg: string } {
  const f = max > 0 ? Math.min(1, n / max) : 0;
  const from = [219, 234, 254];
  const to = [30, 58, 138];
  const c = from.map((a, i) => Math.round(a + (to[i]! - a) * (0.15 + 0.85 * f)));
  const l = luminance(c);
  const white = 1.05 / (l + 0.05);
  const ink = (l + 0.05) / (INK_L + 0.05);
  return { bg: `rgb(${c.join(",")})`, fg: white >= ink ? "#ffffff" : INK };
}
