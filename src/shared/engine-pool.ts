import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

// The engine's CPU-bound jobs (reading and validating invoices, writing CII and Factur-X) run on worker threads when
// the pool is on (`guichet serve`, ENGINE_WORKERS / DEPOSIT_READ_WORKERS), so that the main thread keeps to HTTP and
// the database and never loads the engine itself: with the engine on both threads, a server that had answered one
// validation request held about 40 MB more (docs/adr/0010). Without a pool (one core, tests, the CLI) each job runs on
// the calling thread, with the same result. Jobs are named; the worker's table maps the names to functions
// (src/engine-worker.ts), and each caller says how to run the same job here.

type WorkerLimits = NonNullable<ConstructorParameters<typeof Worker>[1]>["resourceLimits"];

// Each worker's heap is bounded, so that one file cannot take the server's memory. The bounds must leave room: the
// engine keeps its tables and caches for the process, and a heap bounded near that size collects all the time. With
// 16 MB young and 96 MB old a worker nearly doubled the CPU per deposit; with 96 / 256 MB a warm server went from 240
// to 378 deposits/s (bench/README.md, deposit, session 5). A job whose files (its byte arguments) pass INLINE_ABOVE_BYTES
// runs on the main thread, which has no such bound, and a worker that dies anyway (out of memory) hands its jobs back
// to run there.
const ENGINE_WORKER_LIMITS: WorkerLimits = { maxYoungGenerationSizeMb: 96, maxOldGenerationSizeMb: 256 };
const INLINE_ABOVE_BYTES = 4 * 1024 * 1024;

const bytesIn = (args: readonly unknown[]) => args.reduce<number>((n, a) => n + (a instanceof Uint8Array ? a.byteLength : 0), 0);

/** What a job that failed on a worker threw, as far as it crosses threads: its class name, message and fields. */
export class EngineJobError extends Error {
  constructor(
    message: string,
    readonly remote: { name: string; code?: string; messageEn?: string; details?: Record<string, unknown> },
  ) {
    super(message);
    this.name = "EngineJobError";
  }
}

interface Pending {
  here(): Promise<unknown>;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

interface PoolWorker {
  worker: Worker;
  pending: Map<number, Pending>;
}

type Answer = { id: number; result?: unknown; error?: { name: string; message: string; code?: string; messageEn?: string; details?: Record<string, unknown> }; ready?: true };

/** A pool of engine workers: run() sends a job to the least busy one; close() stops them. */
export interface EnginePool {
  run<R>(job: string, args: unknown[], here: () => Promise<R>): Promise<R>;
  /** How many workers are running (a worker whose code failed to load is dropped). */
  size(): number;
  close(): Promise<void>;
}

/** A worker: the compiled JavaScript of the entry, or (development, tests) its TypeScript source through tsx. */
function newWorker(entry: URL, resourceLimits: WorkerLimits): Worker {
  const compiled = fileURLToPath(entry);
  if (fs.existsSync(compiled)) return new Worker(compiled, { resourceLimits });
  const source = entry.href.replace(/\.js$/, ".ts");
  return new Worker(`import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); })`, { eval: true, resourceLimits });
}

/** Starts `size` workers running `entry` (a file that calls serveEngineJobs), each with these heap limits. */
export function createEnginePool(entry: URL, size: number, limits: WorkerLimits = ENGINE_WORKER_LIMITS): EnginePool {
  let nextId = 1;
  let closing = false;
  const workers: PoolWorker[] = [];
  const start = (): PoolWorker => {
    const slot: PoolWorker = { worker: newWorker(entry, limits), pending: new Map() };
    slot.worker.unref();
    let online = false;
    slot.worker.on("message", (m: Answer) => {
      if (m.ready) online = true;
      const job = slot.pending.get(m.id);
      if (!job) return;
      slot.pending.delete(m.id);
      if (m.error) job.reject(new EngineJobError(m.error.message, m.error));
      else job.resolve(m.result);
    });
    // A worker that dies hands its jobs back to run on the main thread (same engine, same result) and is replaced;
    // one that never got ready (its code failed to load) is dropped (no restart loop), and without workers jobs run
    // here. Once the pool is closing, its jobs fail (the server is stopping).
    const fail = (error: Error) => {
      for (const job of slot.pending.values()) {
        if (closing) job.reject(error);
        else job.here().then(job.resolve, job.reject);
      }
      slot.pending.clear();
      const at = workers.indexOf(slot);
      if (at < 0 || closing) return;
      if (online) workers[at] = start();
      else workers.splice(at, 1);
    };
    slot.worker.on("error", fail);
    slot.worker.on("exit", (code) => fail(new Error(`le moteur de factures s'est arrêté (code ${code})`)));
    return slot;
  };
  for (let i = 0; i < Math.max(1, size); i++) workers.push(start());
  return {
    size: () => workers.length,
    run<R>(job: string, args: unknown[], here: () => Promise<R>): Promise<R> {
      if (closing) return Promise.reject(new Error("le moteur de factures est arrêté"));
      if (workers.length === 0) return here();
      const slot = workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const id = nextId++;
      return new Promise<R>((resolve, reject) => {
        slot.pending.set(id, { here, resolve: resolve as (value: unknown) => void, reject });
        slot.worker.postMessage({ id, job, args });
      });
    },
    async close() {
      closing = true;
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}

let pool: EnginePool | undefined;

/**
 * Switches the engine pool on with `size` workers running `entry` (0: off, jobs run on the calling thread again),
 * replacing any earlier one. Returns a function that stops it.
 */
export async function startEnginePool(entry: URL, size: number, limits?: WorkerLimits): Promise<() => Promise<void>> {
  const previous = pool;
  pool = size > 0 ? createEnginePool(entry, size, limits) : undefined;
  await previous?.close();
  const current = pool;
  return async () => {
    if (pool === current) pool = undefined;
    await current?.close();
  };
}

/** How many engine workers the server uses now (0: jobs run on the main thread). */
export function enginePoolSize(): number {
  return pool?.size() ?? 0;
}

/** Runs a job on the pool when it is on, or `here` (the same job on this thread) when it is off or its files are big. */
export function runEngineJob<R>(job: string, args: unknown[], here: () => Promise<R>): Promise<R> {
  return pool && bytesIn(args) <= INLINE_ABOVE_BYTES ? pool.run(job, args, here) : here();
}
