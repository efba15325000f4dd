// Bundles the cold path of `guichet validate` (src/cli/validate.entry.ts) into one ES module with esbuild, so a cold
// start loads one file instead of ~200 compiled modules. Run by `npm run build:server`; bin/guichet.js uses it when
// present. Packages stay external (loaded from node_modules); the PDF reading stays a lazily imported chunk.
// Usage: node scripts/build-cli.mjs [outdir]   (default dist/cli-bundle)
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const repo = fileURLToPath(new URL("..", import.meta.url));
const outdir = path.resolve(repo, process.argv[2] ?? "dist/cli-bundle");

await build({
  absWorkingDir: repo,
  entryPoints: { validate: "src/cli/validate.entry.ts" },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  chunkNames: "chunks/[name]-[hash]",
  sourcemap: true,
  // Whitespace and syntax only: names stay as written (stack traces, class names), a little less to read at start.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: "warning",
});
