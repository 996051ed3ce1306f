// The extraction engine's public surface: text in, plan out. It reads no
// files, network or database; everything else in Lantu depends on it and it
// depends on nothing else of ours.
export { extract } from "./extract.ts";
export { parseFrameworkInput } from "./framework-input.ts";
export { countValue } from "./framework/numerals.ts";
export type * from "./types.ts";
