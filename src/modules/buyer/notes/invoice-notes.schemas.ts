import { z } from "zod";

// The buyer's internal notes as the API reads and writes them.

export const NOTE_MAX_LENGTH = 2000;

export const NoteBody = z.object({ text: z.string().max(NOTE_MAX_LENGTH).describe(`Texte de la note (${NOTE_MAX_LENGTH} caractères au plus), vu des seuls agents et gestionnaires du destinataire`) });
export type NoteBody = z.infer<typeof NoteBody>;

export const InvoiceNote = z.object({
  id: z.number().int(),
  text: z.string(),
  author: z.object({ id: z.string(), name: z.string() }),
  createdAt: z.string(),
});
export type InvoiceNote = z.infer<typeof InvoiceNote>;

export const InvoiceNotes = z.array(InvoiceNote).describe("Notes internes du destinataire, de la plus ancienne à la plus récente");
