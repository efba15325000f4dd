import { lazy } from "react";
import { Route } from "react-router";
import { RequireAuth } from "../../auth/auth-context";

const ReceivedInvoicesPage = lazy(() => import("./received-invoices.page").then((m) => ({ default: m.ReceivedInvoicesPage })));

/** The buyer's routes, placed inside the shell's layout route by App.tsx. */
export function buyerRoutes() {
  return <Route path="factures-recues" element={<RequireAuth><ReceivedInvoicesPage /></RequireAuth>} />;
}
