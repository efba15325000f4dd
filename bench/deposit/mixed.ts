// BENCH_MIXED=1: while the deposits run, a side client uses the server's other engine features, a few times a second,
// as a portal in use would: the public checker, a deposit of the invoice as JSON written to Factur-X, the receipt PDF
// and the hand-over bundle (CII and UBL written again). With the engine pool on, these run on its worker; the peak
// RSS then says whether the server still keeps under 400 MB when the main thread serves more than deposits.
import { readInvoiceXml } from "../../src/einvoice/index.js";

const EVERY_MS = 400; // four kinds in turn: the checker (rate-limited to 60 a minute) every 1.6 s

export interface SideLoad {
  stop(): Promise<{ sent: number; ok: number; failed: Record<string, number> }>;
}

/** Starts the side client against a Guichet server: `invoiceId` is a deposited invoice of the bench's supplier. */
export function startSideLoad(port: number, token: string, invoiceId: string, xml: Buffer, recipient: string, runId: string): SideLoad {
  const base = `http://127.0.0.1:${port}`;
  const auth = { authorization: `Bearer ${token}` };
  const model = JSON.parse(JSON.stringify(readInvoiceXml(new Uint8Array(xml)).model)) as Record<string, unknown>;
  let n = 0;
  let sent = 0;
  let ok = 0;
  const failed: Record<string, number> = {};
  const kinds: Array<[string, () => Promise<Response>]> = [
    ["validate", () => fetch(`${base}/api/v1/validate`, { method: "POST", headers: { "content-type": "application/xml" }, body: new Uint8Array(xml) })],
    ["model deposit (Factur-X)", () => fetch(`${base}/api/v1/invoices`, { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify({ invoice: { ...model, number: { value: `MX${runId}-${n}` } }, recipientSiret: recipient, output: "FACTURX" }) })],
    ["receipt.pdf", () => fetch(`${base}/api/v1/invoices/${invoiceId}/receipt.pdf`, { headers: auth })],
    ["bundle", () => fetch(`${base}/api/v1/invoices/${invoiceId}/bundle`, { headers: auth })],
  ];
  let running = Promise.resolve();
  const timer = setInterval(() => {
    const [name, send] = kinds[n++ % kinds.length] as [string, () => Promise<Response>];
    sent++;
    running = running.then(async () => {
      try {
        const res = await send();
        await res.arrayBuffer();
        if (res.ok) ok++;
        else failed[`${name} ${res.status}`] = (failed[`${name} ${res.status}`] ?? 0) + 1;
      } catch (error) {
        failed[`${name} ${String(error)}`] = (failed[`${name} ${String(error)}`] ?? 0) + 1;
      }
    });
  }, EVERY_MS);
  return {
    async stop() {
      clearInterval(timer);
      await running;
      return { sent, ok, failed };
    },
  };
}
