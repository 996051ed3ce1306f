// The languages of the interface: Chinese (the default) and English.
export type Lang = "zh" | "en";
