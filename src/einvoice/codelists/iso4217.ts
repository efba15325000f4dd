// Values as the CEN EN 16931 validation artefacts 1.3.16 list them (facts from the published code lists).

/** ISO 4217 alpha-3 currency codes accepted for BT-5, BT-6 and currencyID (BR-CL-03/04/05). */
export const ISO4217_CURRENCIES: ReadonlySet<string> = new Set(
  (
    "AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF " +
    "CHE CHF CHW CLF CLP CNH CNY COP COU CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS " +
    "GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD " +
    "KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK " +
    "NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP " +
    "STD SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VES VED VND VUV WST " +
    "XAF XAG XAU XBA XBB XBC XBD XCD XCG XDR XOF XPD XPF XPT XSU XTS XUA XXX YER ZAR ZMW ZWG"
  ).split(" "),
);

// Built on first use: loading the locale data costs tens of milliseconds, paid by every command at start otherwise.
let currencyNamesFr: Intl.DisplayNames | undefined;

/** The French name of a currency (« euro », « franc suisse »), or the code itself when unknown. */
export function currencyLabelFr(code: string): string {
  try {
    currencyNamesFr ??= new Intl.DisplayNames(["fr"], { type: "currency", fallback: "code" });
    return currencyNamesFr.of(code) ?? code;
  } catch {
    return code;
  }
}
