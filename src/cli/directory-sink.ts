import fs from "node:fs";
import { once } from "node:events";

/** A file written chunk by chunk, waiting when the stream's buffer is full; close() resolves once it is on disk. */
export function fileSink(file: string): { write(chunk: string): Promise<void>; close(): Promise<void> } {
  const stream = fs.createWriteStream(file, { encoding: "utf8" });
  return {
    write: async (chunk) => {
      if (!stream.write(chunk)) await once(stream, "drain");
    },
    close: async () => {
      stream.end();
      await once(stream, "finish");
    },
  };
}
