// Recognising a PDF by its header, without loading the PDF library (so that validating XML does not pay for it).

const PDF_HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** Where `%PDF-` starts within the first 1024 bytes (readers tolerate leading junk), or -1. */
export function pdfHeaderOffset(bytes: Uint8Array): number {
  const end = Math.min(bytes.length - PDF_HEADER.length, 1024);
  outer: for (let i = 0; i <= end; i++) {
    for (let j = 0; j < PDF_HEADER.length; j++) if (bytes[i + j] !== PDF_HEADER[j]) continue outer;
    return i;
  }
  return -1;
}

/** True when the bytes look like a PDF. */
export function isPdf(bytes: Uint8Array): boolean {
  return pdfHeaderOffset(bytes) >= 0;
}
