import js from "@eslint/js";
import tseslint from "typescript-eslint";

// The layers (docs/ARCHITECTURE.md): engine ← domain ← storage ← services ←
// http / cli, and the web app talks to the HTTP API only. Imports are
// relative, so each rule names the folders a layer may not reach by their
// path segment (no other folder in the tree bears these names). src/errors.ts,
// the one error catalogue, imports nothing and may be used by every layer.
const layer = (names, why) => ({
  regex: `(^|/)(${names.join("|")})(/|$)`,
  message: `layering: ${why} (docs/ARCHITECTURE.md)`,
});
const restrict = (files, ...patterns) => ({
  files,
  rules: { "no-restricted-imports": ["error", { patterns }] },
});
const SERVER = ["engine", "domain", "storage", "services", "http", "cli", "exchange", "input"];

export default tseslint.config(
  { ignores: ["node_modules", "dist", "web/dist", "data", "coverage", "test-results"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  restrict(
    ["src/engine/**"],
    layer(
      ["domain", "storage", "services", "http", "cli", "exchange", "input", "web"],
      "the engine imports nothing outside src/engine but its word lists (lexicon/) and src/errors.ts",
    ),
  ),
  restrict(
    ["src/domain/**"],
    layer(["storage", "services", "http", "cli"], "domain rules are pure: no storage, services or transport"),
  ),
  restrict(
    ["src/storage/**"],
    layer(["services", "http", "cli"], "storage never calls up into services or transport"),
  ),
  restrict(["src/services/**"], layer(["http", "cli"], "services never import http or cli")),
  restrict(["src/http/**"], layer(["storage", "cli"], "http reaches data through src/services only")),
  restrict(["src/cli/**"], layer(["storage"], "the CLI calls services only")),
  restrict(
    ["web/**"],
    {
      regex: `(^|/)src/(${SERVER.join("|")})(/|$)`,
      message: "layering: the web app talks to the HTTP API only",
    },
    { regex: "(^|/)(errors\\.ts|lexicon/)", message: "layering: the web app talks to the HTTP API only" },
  ),
);
