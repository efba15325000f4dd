// Bytes allocated per validation, by function and file: V8's sampling heap profiler, keeping the objects the young and
// old collections freed (so it counts allocation, not what is live), over 5 passes of the corpus's standalone CII/UBL
// files up to 50 kB. Deterministic where timings are not: a good guide on a shared machine.
//   npx tsx bench/validation/allocation.ts [top=25]
import fs from "node:fs";
import inspector from "node:inspector/promises";
import path from "node:path";
import { detect } from "../../src/einvoice/detect.js";
import { validateXml } from "../../src/einvoice/validate.js";
import { parseXml } from "../../src/einvoice/xml/parse-xml.js";

interface SampleNode {
  callFrame: { functionName: string; url: string };
  selfSize: number;
  children: SampleNode[];
}

const CORPUS = path.resolve(process.env.GUICHET_CORPUS ?? path.join(import.meta.dirname, "../../../shared/corpus"));
const top = Number(process.argv[2] ?? 25);

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

const docs: Uint8Array[] = [];
for (const file of ["en16931", "zugferd-corpus", "peppol-bis3"].flatMap((f) => walk(path.join(CORPUS, f)))) {
  if (!/\.xml$/i.test(file)) continue;
  try {
    const bytes = new Uint8Array(fs.readFileSync(file));
    if (bytes.byteLength > 50_000 || !detect(parseXml(bytes).root)) continue;
    validateXml(bytes);
    docs.push(bytes);
  } catch {
    // Refused files are not part of the set.
  }
}
for (let warm = 0; warm < 5; warm++) for (const d of docs) validateXml(d);
const session = new inspector.Session();
session.connect();
await session.post("HeapProfiler.startSampling", { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true } as never);
const passes = 5;
for (let p = 0; p < passes; p++) for (const d of docs) validateXml(d);
const { profile } = (await session.post("HeapProfiler.stopSampling")) as unknown as { profile: { head: SampleNode } };
session.disconnect();

const byFunction = new Map<string, number>();
let total = 0;
const visit = (node: SampleNode) => {
  const where = node.callFrame.url.replace(/.*\/src\//, "src/").replace(/.*node_modules\//, "");
  const key = `${node.callFrame.functionName || "(anonymous)"} ${where}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + node.selfSize);
  total += node.selfSize;
  for (const child of node.children) visit(child);
};
visit(profile.head);
const validations = passes * docs.length;
console.log(`${docs.length} files × ${passes}: ${(total / validations / 1024).toFixed(0)} KB allocated per validation`);
for (const [key, bytes] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`${((100 * bytes) / total).toFixed(1).padStart(5)} %  ${key}`);
}
