import { vi } from "vitest";
import { runCli } from "../../src/cli/main.js";

const text = (chunk: string | Uint8Array): string => (typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));

/** Runs `guichet …args` in this process and returns its exit code with what it wrote to stdout and stderr. */
export async function runCaptured(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const spyOut = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out += text(chunk);
    return true;
  });
  const spyErr = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    err += text(chunk);
    return true;
  });
  try {
    return { code: await runCli(args), out, err };
  } finally {
    spyOut.mockRestore();
    spyErr.mockRestore();
  }
}
