import { MantineProvider } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import { lazy, useMemo } from "react";
import { BrowserRouter, Route, Routes } from "react-router";
import { PlatformContext, useLoadPlatform } from "./api/use-platform";
import { AuthProvider } from "./auth/auth-context";
import { Layout } from "./components/Layout";
import { I18nProvider } from "./i18n/i18n";
import { accountRoutes } from "./pages/accounts/account-routes";
import { buyerRoutes } from "./pages/buyer/buyer-routes";
import { invoiceRoutes } from "./pages/invoices/invoice-routes";
import { HomePage } from "./pages/home.page";
import { NotFoundPage } from "./pages/not-found.page";
import { buildCssVariables, buildTheme } from "./theme";

// Pages other than home load on demand, so the first visit downloads only the shell.
const DirectorySearchPage = lazy(() => import("./pages/directory/directory-search.page").then((m) => ({ default: m.DirectorySearchPage })));
const AccessibilityPage = lazy(() => import("./pages/accessibility.page").then((m) => ({ default: m.AccessibilityPage })));
const VerifyPage = lazy(() => import("./pages/verify/verify.page").then((m) => ({ default: m.VerifyPage })));
const StructurePage = lazy(() => import("./pages/directory/structure.page").then((m) => ({ default: m.StructurePage })));

/** The whole front end: theme from the deploying body's configuration, language, then the routes. */
export function App() {
  const platform = useLoadPlatform();
  const theme = useMemo(() => buildTheme(platform.primaryColor), [platform.primaryColor]);
  const cssVariables = useMemo(() => buildCssVariables(platform.primaryColor), [platform.primaryColor]);
  return (
    <PlatformContext.Provider value={platform}>
      <I18nProvider>
        <MantineProvider theme={theme} cssVariablesResolver={cssVariables} defaultColorScheme="light">
          <Notifications />
          <BrowserRouter>
            <AuthProvider>
            <Routes>
              <Route element={<Layout />}>
                <Route index element={<HomePage />} />
                <Route path="annuaire" element={<DirectorySearchPage />} />
                <Route path="annuaire/:siret" element={<StructurePage />} />
                <Route path="accessibilite" element={<AccessibilityPage />} />
                <Route path="verifier" element={<VerifyPage />} />
                {accountRoutes()}
                {buyerRoutes()}
                {invoiceRoutes()}
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Routes>
            </AuthProvider>
          </BrowserRouter>
        </MantineProvider>
      </I18nProvider>
    </PlatformContext.Provider>
  );
}
