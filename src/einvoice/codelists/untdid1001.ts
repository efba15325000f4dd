// Values as the CEN EN 16931 validation artefacts 1.3.16 list them (facts from the published code lists).

/** UNTDID 1001 document type codes accepted for BT-3 in CII (BR-CL-01). */
export const UNTDID1001_CII: ReadonlySet<string> = new Set(
  (
    "71 80 81 82 83 84 102 130 202 203 204 211 218 219 261 262 295 296 308 325 326 331 380 381 382 383 384 " +
    "385 386 387 388 389 390 393 394 395 396 420 456 457 458 471 472 473 500 501 502 503 527 532 553 575 623 " +
    "633 751 780 817 870 875 876 877 935"
  ).split(" "),
);

/** UNTDID 1001 codes accepted as UBL InvoiceTypeCode (BR-CL-01). */
export const UNTDID1001_UBL_INVOICE: ReadonlySet<string> = new Set(
  (
    "71 80 81 82 84 102 130 202 203 204 211 218 219 295 325 326 331 380 382 383 384 385 386 387 388 389 390 " +
    "393 394 395 456 457 471 472 473 500 501 527 553 575 623 633 751 780 817 870 875 876 877 935"
  ).split(" "),
);

/** UNTDID 1001 codes accepted as UBL CreditNoteTypeCode (BR-CL-01). */
export const UNTDID1001_UBL_CREDIT_NOTE: ReadonlySet<string> = new Set(
  (
    "81 83 261 262 296 308 381 396 420 458 502 503 532"
  ).split(" "),
);

/** French labels of the document types most used in France (BT-3). */
export const UNTDID1001_LABELS_FR: Readonly<Record<string, string>> = {
  "380": "Facture commerciale",
  "381": "Avoir",
  "383": "Note de débit",
  "384": "Facture rectificative",
  "386": "Facture d'acompte",
  "389": "Autofacture",
  "261": "Autofacture d'avoir",
  "262": "Avoir global",
  "393": "Facture d'affacturage",
  "396": "Avoir d'affacturage",
  "501": "Autofacture d'affacturage",
  "751": "Facture (information comptable)",
};
