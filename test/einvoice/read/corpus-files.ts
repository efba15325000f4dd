import fs from "node:fs";
import path from "node:path";

/** The shared corpus (read in place, never copied): ../shared/corpus from the repository root. */
export const CORPUS_DIR = path.resolve(process.env.GUICHET_CORPUS ?? path.join(import.meta.dirname, "../../../../shared/corpus"));

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? walk(full) : [full];
  });
}

/** Every XML and PDF file under the given corpus folders, as paths relative to the corpus, sorted. */
export function corpusFiles(...folders: string[]): string[] {
  return folders
    .flatMap((f) => walk(path.join(CORPUS_DIR, f)))
    .filter((f) => /\.(xml|pdf)$/i.test(f))
    .map((f) => path.relative(CORPUS_DIR, f).split(path.sep).join("/"))
    .sort();
}

export function readCorpusFile(file: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(CORPUS_DIR, file)));
}

/** The corpus files the reader must refuse, each with its refusal code and why. Everything else must be read. */
export function expectedRefusal(file: string): string | undefined {
  if (file.startsWith("zugferd-corpus/ZUGFeRDv1/")) return "ZUGFERD1_UNSUPPORTED"; // ZUGFeRD 1.0 and its release candidate
  if (file === "zugferd-corpus/fatturaPA/eigor/valid/con-ritenuta-acconto-e-cassa-previdenziale.xml") return "XML_MALFORMED"; // truncated: unclosed root
  if (file.startsWith("zugferd-corpus/fatturaPA/")) return "FATTURAPA_UNSUPPORTED";
  if (file.startsWith("zugferd-corpus/unstructured/")) return "PDF_WITHOUT_INVOICE"; // a plain PDF, no attachment
  if (file === "zugferd-corpus/ZUGFeRDv2/fail/Mustangproject/factur-x-invalid-xml-encoding-attribute.pdf") return "XML_MALFORMED"; // encoding="UTF-8-W/O-BOM"
  return undefined;
}
