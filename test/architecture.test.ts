import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The house rules of docs/ARCHITECTURE.md, checked over the real import graph of src/.
const SRC = path.resolve("src");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".test.ts") ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  const found: string[] = [];
  for (const m of text.matchAll(/(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)) {
    found.push((m[1] ?? m[2]) as string);
  }
  return found;
}

const rel = (p: string) => path.relative(SRC, p).split(path.sep).join("/");
const graph = sourceFiles(SRC).map((file) => ({
  file: rel(file),
  imports: importsOf(file).map((spec) => (spec.startsWith(".") ? { local: true, target: rel(path.resolve(path.dirname(file), spec)) } : { local: false, target: spec })),
}));

describe("architecture", () => {
  it("reads a non-trivial import graph", () => {
    expect(graph.length).toBeGreaterThan(10);
  });

  it("keeps the e-invoice engine standalone", () => {
    const bad = graph
      .filter((n) => n.file.startsWith("einvoice/"))
      .flatMap((n) => n.imports.filter((i) => (i.local ? !i.target.startsWith("einvoice/") : /^(fastify|kysely|pg|better-sqlite3|@fastify)/.test(i.target))).map((i) => `${n.file} → ${i.target}`));
    expect(bad).toEqual([]);
  });

  it("lets a module reach another only through its index.ts", () => {
    // The engine worker's entry alone imports the files of its jobs: an index would bring routes and repositories
    // onto a thread that needs none of them (src/engine-worker.ts).
    const bad = graph.flatMap((n) => {
      if (n.file === "engine-worker.ts") return [];
      const own = n.file.match(/^modules\/([^/]+)\//)?.[1];
      return n.imports
        .filter((i) => i.local)
        .filter((i) => {
          const other = i.target.match(/^modules\/([^/]+)\/(.*)$/);
          return other && other[1] !== own && other[2] !== "index.js" && other[2] !== "index";
        })
        .map((i) => `${n.file} → ${i.target}`);
    });
    expect(bad).toEqual([]);
  });

  it("keeps domain folders free of I/O and frameworks", () => {
    const bad = graph
      .filter((n) => /^modules\/[^/]+\/domain\//.test(n.file))
      .flatMap((n) =>
        n.imports
          .filter((i) => (i.local ? /^(db|http|storage)\//.test(i.target) || /\.(repository|routes)\.js$/.test(i.target) : /^(node:fs|node:net|node:http|fastify|kysely|pg|better-sqlite3|@fastify)/.test(i.target)))
          .map((i) => `${n.file} → ${i.target}`),
      );
    expect(bad).toEqual([]);
  });

  it("never calls upward: nothing below the HTTP edge imports routes or the app", () => {
    const bad = graph
      .filter((n) => /^(shared|db|storage|einvoice)\//.test(n.file) || /\/domain\//.test(n.file))
      .flatMap((n) => n.imports.filter((i) => i.local && (/\.routes\.js$/.test(i.target) || /^(app|main)\.js$/.test(i.target))).map((i) => `${n.file} → ${i.target}`));
    expect(bad).toEqual([]);
  });
});
