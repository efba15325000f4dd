import { lazy } from "react";
import { Route } from "react-router";
import { RequireAuth } from "../../auth/auth-context";

// The invoices pages load on demand, like every page but home.
const page = <K extends string>(load: () => Promise<Record<K, () => React.JSX.Element | null>>, name: K) => lazy(() => load().then((m) => ({ default: m[name] })));
const SentInvoicesPage = page(() => import("./sent-invoices.page"), "SentInvoicesPage");
const InvoiceDetailPage = page(() => import("./invoice-detail.page"), "InvoiceDetailPage");
const DepositUploadPage = page(() => import("./deposit-upload.page"), "DepositUploadPage");
const InvoiceFormPage = page(() => import("./invoice-form.page"), "InvoiceFormPage");
const BatchDepositPage = page(() => import("./batch-deposit.page"), "BatchDepositPage");
const ValidationsPage = page(() => import("./validations.page"), "ValidationsPage");

const signedIn = (element: React.JSX.Element) => <RequireAuth>{element}</RequireAuth>;

/** The supplier's invoice routes, placed inside the shell's layout route by App.tsx. */
export function invoiceRoutes() {
  return (
    <>
      <Route path="factures" element={signedIn(<SentInvoicesPage />)} />
      <Route path="factures/deposer" element={signedIn(<DepositUploadPage />)} />
      <Route path="factures/saisir" element={signedIn(<InvoiceFormPage />)} />
      <Route path="factures/lot" element={signedIn(<BatchDepositPage />)} />
      <Route path="factures/a-valider" element={signedIn(<ValidationsPage />)} />
      <Route path="factures/:id" element={signedIn(<InvoiceDetailPage />)} />
    </>
  );
}
