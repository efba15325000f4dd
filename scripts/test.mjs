// `npm test`: typecheck, lint, the unit/integration suite on SQLite and PostgreSQL, then the browser journeys.
// Each step prints its name; the first failing step stops the run with its exit code.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const steps = [
  ["typecheck", "npm", ["run", "typecheck"]],
  ["lint", "npx", ["biome", "check", "src", "test", "web/src", "bench", "scripts"]],
  ["unit + integration (SQLite and PostgreSQL)", "npx", ["vitest", "run"]],
];
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (process.env.SKIP_E2E === "1") {
  console.log("\n▶ browser journeys skipped (SKIP_E2E=1)");
} else if (fs.existsSync(chromium)) {
  steps.push(["build (server and web)", "npm", ["run", "build"]]);
  steps.push(["browser journeys (Debian chromium)", "npx", ["vitest", "run", "--config", "vitest.e2e.config.ts"]]);
} else if (process.env.CI) {
  console.error(`\n✖ ${chromium} is missing: CI must install Debian's chromium (see .ci/run)`);
  process.exit(1);
} else {
  console.log(`\n▶ browser journeys skipped: ${chromium} not found (apt-get install chromium)`);
}

for (const [name, cmd, args] of steps) {
  console.log(`\n▶ ${name}`);
  const result = spawnSync(cmd, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed`);
    process.exit(result.status ?? 1);
  }
}
console.log("\n✔ all steps passed");
