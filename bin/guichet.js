#!/usr/bin/env node
// Entry of the `guichet` command: runs the compiled CLI (built by `npm install`).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const compiled = fileURLToPath(new URL("../dist/cli/main.js", import.meta.url));
if (!existsSync(compiled)) {
  console.error("Guichet n'est pas compilé : lancez `npm install` (ou `npm run build`).");
  process.exit(2);
}
const { runCli } = await import(compiled);
process.exitCode = await runCli(process.argv.slice(2));
