import { lazy } from "react";
import { Route } from "react-router";
import { RequireAuth } from "../../auth/auth-context";

const ReceivedInvoicesPage = lazy(() => import("./received-invoices.page").then((m) => ({ default: m.ReceivedInvoicesPage })));
const ReceivedInvoicePage = lazy(() => import("./received-invoice.page").then((m) => ({ default: m.ReceivedInvoicePage })));
const FiguresPage = lazy(() => import("./figures.page").then((m) => ({ default: m.FiguresPage })));

/** The buyer's routes, placed inside the shell's layout route by App.tsx. */
export function buyerRoutes() {
  return (
    <>
      <Route path="factures-recues" element={<RequireAuth><ReceivedInvoicesPage /></RequireAuth>} />
      <Route path="factures-recues/chiffres" element={<RequireAuth><FiguresPage /></RequireAuth>} />
      <Route path="factures-recues/:id" element={<RequireAuth><ReceivedInvoicePage /></RequireAuth>} />
    </>
  );
}
