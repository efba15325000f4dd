import { parentPort } from "node:worker_threads";
import { readDepositFile } from "./read-deposit-file.js";

// A worker of the deposit read pool (read-deposit-pool.ts): reads and validates one deposited file per message, off
// the main thread. Messages: { id, bytes } in, { id, read } or { id, error } out; { ready } once loaded.

parentPort?.on("message", async (message: { id: number; bytes: Uint8Array }) => {
  try {
    const read = await readDepositFile(message.bytes);
    parentPort?.postMessage({ id: message.id, read });
  } catch (error) {
    parentPort?.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});
parentPort?.postMessage({ ready: true });
