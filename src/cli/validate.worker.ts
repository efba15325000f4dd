// A worker thread of `guichet validate --jobs N`: validates the files it is sent, one message each, and answers with
// the plain verdict. Started by validate-pool.ts.
import { parentPort } from "node:worker_threads";
import type { ValidateOptions } from "../einvoice/validate.js";
import { verdictOf } from "./validate-verdict.js";

interface Job {
  id: number;
  bytes: Uint8Array;
  options: ValidateOptions;
}

parentPort?.on("message", (job: Job) => {
  void verdictOf(job.bytes, job.options).then((verdict) => parentPort?.postMessage({ id: job.id, verdict }));
});
parentPort?.postMessage("ready");
