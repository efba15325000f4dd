// Bundles the cold path of `guichet validate` (src/cli/validate.entry.ts) into one ES module with esbuild, so a cold
// start loads one file instead of ~200 compiled modules. Run by `npm run build:server`; bin/guichet.js uses it when
// present. The XML parser (saxes, CommonJS) is bundled too, so Node does not scan it for its exports at start; other
// packages stay external (loaded from node_modules, pdf-lib only by the lazily imported chunk that reads PDFs).
// Usage: node scripts/build-cli.mjs [outdir]   (default dist/cli-bundle)
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const repo = fileURLToPath(new URL("..", import.meta.url));
const outdir = path.resolve(repo, process.argv[2] ?? "dist/cli-bundle");
const BUNDLED_PACKAGES = new Set(["saxes", "xmlchars"]);

/** Bare imports stay external, except the packages named above. */
const externalPackages = {
  name: "external-packages",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      const name = args.path.startsWith("@") ? args.path.split("/").slice(0, 2).join("/") : args.path.split("/")[0];
      return BUNDLED_PACKAGES.has(name) ? undefined : { path: args.path, external: true };
    });
  },
};

fs.rmSync(outdir, { recursive: true, force: true }); // no chunk of an earlier build left behind
await build({
  absWorkingDir: repo,
  // The worker of `--jobs` is its own entry, beside validate.js where validate-pool.ts looks for it.
  entryPoints: { validate: "src/cli/validate.entry.ts", "validate.worker": "src/cli/validate.worker.ts" },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  plugins: [externalPackages],
  chunkNames: "chunks/[name]-[hash]",
  sourcemap: true,
  // Whitespace and syntax only: names stay as written (stack traces, class names), a little less to read at start.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: "warning",
});
