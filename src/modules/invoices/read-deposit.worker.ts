import { parentPort } from "node:worker_threads";
import { readDepositFile } from "./read-deposit-file.js";

// A worker of the deposit read pool (read-deposit-pool.ts): reads and validates one deposited file per message, off
// the main thread. Messages: { id, bytes } in, { id, read } or { id, error } out; { ready } once loaded. An XML
// file's `xml` is the file itself, which the main thread still has: it is not copied back (`sameXml`).

parentPort?.on("message", async (message: { id: number; bytes: Uint8Array }) => {
  try {
    const read = await readDepositFile(message.bytes);
    if (read.kind === "XML" && read.xml === message.bytes) {
      const { xml: _same, ...rest } = read;
      parentPort?.postMessage({ id: message.id, read: rest, sameXml: true });
    } else parentPort?.postMessage({ id: message.id, read });
  } catch (error) {
    parentPort?.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});
parentPort?.postMessage({ ready: true });
