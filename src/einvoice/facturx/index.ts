// Public API of the Factur-X part of the engine (PDF/A-3 read and write).

/** The bytes of the file embedded in the PDF under that name, or undefined. (Placeholder until the PDF reader lands.) */
export async function extractEmbeddedFile(_pdf: Uint8Array, _name: string): Promise<Uint8Array | undefined> {
  return undefined;
}
