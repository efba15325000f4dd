// Writes docs/lifecycle.md from the invoice lifecycle table: `npx tsx scripts/lifecycle-doc.ts`.
import fs from "node:fs";
import path from "node:path";
import { renderLifecycleDoc } from "../src/modules/invoices/domain/lifecycle-doc.js";

const target = path.resolve("docs/lifecycle.md");
fs.writeFileSync(target, renderLifecycleDoc());
console.log(`wrote ${target}`);
