#!/usr/bin/env -S node --max-semi-space-size=48
// Entry of the `guichet` command: runs the compiled CLI (built by `npm install`). The young generation may grow to
// 48 MB semi-spaces (docs/adr/0007): a server under load then keeps a deposit's short-lived objects out of the old
// generation. `npm start` gives the server other flags (docs/adr/0009: its deposits are read on a worker thread).
// `guichet validate` takes the bundled fast path (dist/cli-bundle, one module instead of ~200: scripts/build-cli.mjs);
// GUICHET_CLI_UNBUNDLED=1 forces the compiled modules of dist/cli (to compare the two).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const bundled = fileURLToPath(new URL("../dist/cli-bundle/validate.js", import.meta.url));
if (args[0] === "validate" && !process.env.GUICHET_CLI_UNBUNDLED && existsSync(bundled)) {
  const { runValidate } = await import(bundled);
  process.exitCode = await runValidate(args.slice(1));
} else {
  const compiled = fileURLToPath(new URL("../dist/cli/main.js", import.meta.url));
  if (!existsSync(compiled)) {
    console.error("Guichet n'est pas compilé : lancez `npm install` (ou `npm run build`).");
    process.exit(2);
  }
  const { runCli } = await import(compiled);
  process.exitCode = await runCli(args);
}
