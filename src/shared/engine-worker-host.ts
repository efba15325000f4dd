import { parentPort } from "node:worker_threads";

// The worker side of the engine pool (engine-pool.ts): runs the job named in each message with its arguments and
// answers { id, result } or { id, error }; { ready } once loaded. An error crosses as its class name, message and the
// fields callers read (code, messageEn, details): the caller turns it back into its own error.

/** A job of the table: plain arguments in, a plain (structured-clone) value out. */
export type EngineJob = (...args: never[]) => unknown;

function describe(error: unknown): { name: string; message: string; code?: string; messageEn?: string; details?: Record<string, unknown> } {
  if (!(error instanceof Error)) return { name: "Error", message: String(error) };
  const e = error as Error & { code?: unknown; messageEn?: unknown; details?: unknown };
  return {
    name: e.name,
    message: e.message,
    ...(typeof e.code === "string" ? { code: e.code } : {}),
    ...(typeof e.messageEn === "string" ? { messageEn: e.messageEn } : {}),
    ...(e.details && typeof e.details === "object" ? { details: e.details as Record<string, unknown> } : {}),
  };
}

/** Serves the jobs of `table` on this worker thread. */
export function serveEngineJobs(table: Record<string, EngineJob>): void {
  parentPort?.on("message", async (message: { id: number; job: string; args: never[] }) => {
    try {
      const run = table[message.job];
      if (!run) throw new Error(`tâche inconnue du moteur : ${message.job}`);
      parentPort?.postMessage({ id: message.id, result: await run(...message.args) });
    } catch (error) {
      parentPort?.postMessage({ id: message.id, error: describe(error) });
    }
  });
  parentPort?.postMessage({ ready: true });
}
