// Values as the CEN EN 16931 validation artefacts 1.3.16 list them (BR-CL-24).

/** MIME codes accepted for attached documents (BT-125 mimeCode), with their French description. */
export const MIME_CODES: ReadonlySet<string> = new Set([
  "application/pdf",
  "image/png",
  "image/jpeg",
  "text/csv",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.oasis.opendocument.spreadsheet",
]);

/** French labels of the accepted attachment types. */
export const MIME_LABELS_FR: Readonly<Record<string, string>> = {
  "application/pdf": "Document PDF",
  "image/png": "Image PNG",
  "image/jpeg": "Image JPEG",
  "text/csv": "Tableau CSV",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Classeur Excel (xlsx)",
  "application/vnd.oasis.opendocument.spreadsheet": "Classeur OpenDocument (ods)",
};
