// Summarises a V8 .cpuprofile (node --cpu-prof) by self time: the top functions, and the top files/packages.
// Usage: tsx bench/deposit/profile-summary.ts <file.cpuprofile> [top=40] [lastSeconds: only the end of the profile,
// e.g. 14 for the measured run of a 10 s bench and the pauses around it, leaving out start-up and warm-up]
import fs from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  endTime: number;
}

const [file, topArg, lastArg] = process.argv.slice(2);
if (!file) throw new Error("usage: profile-summary.ts <file.cpuprofile> [top]");
const top = Number(topArg ?? 40);
const profile = JSON.parse(fs.readFileSync(file, "utf8")) as CpuProfile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfUs = new Map<number, number>();
const since = lastArg ? profile.endTime - Number(lastArg) * 1e6 : Number.NEGATIVE_INFINITY;
let at = profile.endTime - profile.timeDeltas.reduce((a, b) => a + b, 0);
profile.samples.forEach((id, i) => {
  at += profile.timeDeltas[i] ?? 0;
  if (at >= since) selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);

// Application files are named from the repository root, wherever the checkout is (a copy for paired runs too).
const shortUrl = (url: string) => url.replace(/^file:\/\//, "").replace(/^.*\/node_modules\//, "npm:").replace(/^\/.*?\/(src|bench)\//, "$1/");
const where = (n: ProfileNode) => `${shortUrl(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
const bucket = (n: ProfileNode) => {
  const u = shortUrl(n.callFrame.url);
  if (!u) return `(${n.callFrame.functionName || "native"})`;
  if (u.startsWith("npm:")) return u.split("/").slice(0, u.startsWith("npm:@") ? 2 : 1).join("/");
  if (u.startsWith("node:")) return u;
  return u.split("/").slice(0, 3).join("/");
};

const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const fns = new Map<string, number>();
const files = new Map<string, number>();
for (const [id, us] of selfUs) {
  const n = byId.get(id);
  if (!n) continue;
  const key = `${n.callFrame.functionName || "(anonymous)"} ${where(n)}`;
  fns.set(key, (fns.get(key) ?? 0) + us);
  files.set(bucket(n), (files.get(bucket(n)) ?? 0) + us);
}
const print = (title: string, m: Map<string, number>) => {
  console.log(`\n${title} (total ${(total / 1000).toFixed(0)} ms)`);
  for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${((us / total) * 100).toFixed(1).padStart(5)} %  ${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`);
};
// Inclusive time within one synchronous stretch (an await cuts the stack): each sample counts once for every
// package / folder on its stack.
const inclusive = new Map<string, number>();
for (const [id, us] of selfUs) {
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const n = byId.get(cur);
    if (n?.callFrame.url) seen.add(bucket(n));
  }
  for (const b of seen) inclusive.set(b, (inclusive.get(b) ?? 0) + us);
}
// Self time of everything outside the engine, charged to the nearest application function on the stack (the repository
// function for Kysely's time, the route for Fastify's, ...): where the portal's own cost goes.
const portal = new Map<string, number>();
for (const [id, us] of selfUs) {
  let owner = "(no application frame)";
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const n = byId.get(cur);
    const u = n ? shortUrl(n.callFrame.url) : "";
    if (u.startsWith("src/einvoice")) {
      owner = "";
      break;
    }
    if (n && (u.startsWith("src/") || u.startsWith("bench/"))) {
      owner = `${n.callFrame.functionName || "(anonymous)"} ${where(n)}`;
      break;
    }
  }
  if (owner === "(no application frame)") {
    const n = byId.get(id);
    if (n) owner = `(no application frame) ${bucket(n)}`;
  }
  if (owner) portal.set(owner, (portal.get(owner) ?? 0) + us);
}
print("self time by package / folder", files);
print("portal time (outside the engine) by nearest application function", portal);
print("inclusive time by package / folder (synchronous stack)", inclusive);
print("self time by function", fns);
