// One worker of the pooled throughput measure: validates the invoices it is given in a loop, for the time asked,
// and answers how many it validated. Started by bench/validation/index.ts (which reads the process's CPU time). Plain
// JavaScript loading the compiled engine (dist/, as `guichet validate` and the server run it), so that the worker's
// memory is the engine's and not a TypeScript loader's.
import { parentPort, workerData } from "node:worker_threads";

/** @type {{ engine: string; docs: Uint8Array[]; warmupMs: number; ms: number; rounds?: number }} */
const { engine, docs, warmupMs, ms, rounds = 1 } = workerData;
const { validateXml } = await import(engine);

/** Validates the set over and over for `duration` ms; answers how many invoices were validated. */
function loop(duration) {
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < duration) {
    for (const d of docs) validateXml(d);
    n += docs.length;
  }
  return n;
}

loop(warmupMs);
// Start together: the main thread sends "go" once every worker is warm, then again for each further round.
let left = rounds;
const onGo = () => {
  const start = performance.now();
  const validated = loop(ms);
  parentPort?.postMessage({ validated, wallMs: performance.now() - start });
  if (--left <= 0) parentPort?.off("message", onGo);
};
parentPort?.on("message", onGo);
parentPort?.postMessage("ready");
