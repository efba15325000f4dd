import fs from "node:fs/promises";

/** The bytes of a file, or of standard input for "-". */
export async function readInput(file: string): Promise<Uint8Array> {
  if (file !== "-") return new Uint8Array(await fs.readFile(file));
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}
