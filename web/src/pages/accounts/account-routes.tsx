import { lazy } from "react";
import { Route } from "react-router";
import { RequireAuth } from "../../auth/auth-context";

// The accounts pages load on demand, like every page but home.
const page = <K extends string>(load: () => Promise<Record<K, () => React.JSX.Element>>, name: K) => lazy(() => load().then((m) => ({ default: m[name] })));
const SignUpPage = page(() => import("./signup.page"), "SignUpPage");
const ActivationPage = page(() => import("./link-token.page"), "ActivationPage");
const ConfirmEmailPage = page(() => import("./link-token.page"), "ConfirmEmailPage");
const LoginPage = page(() => import("./login.page"), "LoginPage");
const ForgotPasswordPage = page(() => import("./login.page"), "ForgotPasswordPage");
const ResetPasswordPage = page(() => import("./login.page"), "ResetPasswordPage");
const MyAccountPage = page(() => import("./my-account.page"), "MyAccountPage");
const MyStructuresPage = page(() => import("./my-structures.page"), "MyStructuresPage");
const RequestsPage = page(() => import("./requests.page"), "RequestsPage");
const StructureUsersPage = page(() => import("./structure-users.page"), "StructureUsersPage");
const ApiClientsPage = page(() => import("./api-clients.page"), "ApiClientsPage");
const AdminPage = page(() => import("./admin.page"), "AdminPage");

const signedIn = (element: React.JSX.Element) => <RequireAuth>{element}</RequireAuth>;

/** The accounts routes, placed inside the shell's layout route by App.tsx. */
export function accountRoutes() {
  return (
    <>
      <Route path="inscription" element={<SignUpPage />} />
      <Route path="activation" element={<ActivationPage />} />
      <Route path="connexion" element={<LoginPage />} />
      <Route path="mot-de-passe-oublie" element={<ForgotPasswordPage />} />
      <Route path="reinitialisation" element={<ResetPasswordPage />} />
      <Route path="confirmer-email" element={<ConfirmEmailPage />} />
      <Route path="mon-compte" element={signedIn(<MyAccountPage />)} />
      <Route path="mes-structures" element={signedIn(<MyStructuresPage />)} />
      <Route path="demandes" element={signedIn(<RequestsPage />)} />
      <Route path="structures/:siret/utilisateurs" element={signedIn(<StructureUsersPage />)} />
      <Route path="structures/:siret/api" element={signedIn(<ApiClientsPage />)} />
      <Route path="admin" element={signedIn(<AdminPage />)} />
    </>
  );
}
