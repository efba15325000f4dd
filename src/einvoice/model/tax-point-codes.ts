/**
 * BT-8 (VAT point date code) is bound to different code lists: CII uses UNTDID 2475 (5 invoice date, 29 delivery
 * date, 72 paid to date), UBL uses UNTDID 2005 (3, 35, 432) for the same three meanings.
 */
const UBL_TO_CII: Record<string, string> = { "3": "5", "35": "29", "432": "72" };
const CII_TO_UBL: Record<string, string> = { "5": "3", "29": "35", "72": "432" };

/** The CII (UNTDID 2475) code of a BT-8 value written in either list. */
export function toCiiDueDateCode(code: string | undefined): string | undefined {
  return code === undefined ? undefined : (UBL_TO_CII[code] ?? code);
}

/** The UBL (UNTDID 2005) code of a BT-8 value written in either list. */
export function toUblDueDateCode(code: string | undefined): string | undefined {
  return code === undefined ? undefined : (CII_TO_UBL[code] ?? code);
}
