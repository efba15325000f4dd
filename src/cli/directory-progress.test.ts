import { describe, expect, it } from "vitest";
import { progressLine, progressReporter } from "./directory-progress.js";

function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  return { stream: { isTTY, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream, written };
}

describe("import progress on stderr", () => {
  it("shows count / total, percentage and rate", () => {
    expect(progressLine({ step: "write", done: 65_000, total: 130_000 }, 2_000, false)).toBe("Écriture 65 000 / 130 000  50 %  32 500 lignes/s");
    expect(progressLine({ step: "read", done: 1, total: 4 }, 1_000, true)).toBe("Lecture  [######..................] 1 / 4  25 %  1 lignes/s");
  });

  it("redraws one line in place on a terminal, at most every 100 ms, and ends it when done", () => {
    const { stream, written } = fakeStream(true);
    let now = 0;
    const report = progressReporter(stream, () => now);
    now = 50;
    report({ step: "read", done: 1000, total: 3000 });
    now = 100;
    report({ step: "read", done: 2000, total: 3000 });
    now = 200;
    report({ step: "read", done: 3000, total: 3000 });
    expect(written).toHaveLength(2);
    expect(written[0]).toMatch(/^\rLecture {2}\[/);
    expect(written[1]).toMatch(/^\r.*3 000 \/ 3 000 {2}100 %.*\n$/);
  });

  it("prints plain lines at each tenth when not a terminal", () => {
    const { stream, written } = fakeStream(false);
    const report = progressReporter(stream, () => 0);
    for (let done = 0; done <= 100; done += 5) report({ step: "write", done, total: 100 });
    expect(written).toHaveLength(11);
    expect(written.every((l) => l.startsWith("Écriture ") && l.endsWith("\n") && !l.includes("\r"))).toBe(true);
  });
});
