import { Center, Loader } from "@mantine/core";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { Navigate, useLocation } from "react-router";
import { getMe, logOut, type Me } from "../api/accounts";
import { useT } from "../i18n/i18n";

/** Who is signed in: still loading, nobody, or the account with its memberships. */
export type AuthState = { status: "loading" } | { status: "anonymous"; signedOut?: boolean } | { status: "signed-in"; me: Me };

interface AuthContextValue {
  state: AuthState;
  /** Re-reads /api/v1/me (after login, a membership change...); resolves to the account, or null when signed out. */
  refresh(): Promise<Me | null>;
  signOut(): Promise<void>;
}

const AuthContext = createContext<AuthContextValue | null>(null);

/** Loads the signed-in account once and shares it with every page. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: "loading" });
  const refresh = useCallback(async (): Promise<Me | null> => {
    try {
      const me = await getMe();
      setState({ status: "signed-in", me });
      return me;
    } catch {
      // 401 (no session) or the server unreachable: the pages show the signed-out state either way.
      setState({ status: "anonymous" });
      return null;
    }
  }, []);
  const signOut = useCallback(async () => {
    await logOut().catch(() => undefined);
    setState({ status: "anonymous", signedOut: true });
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const value = useMemo(() => ({ state, refresh, signOut }), [state, refresh, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

/** The auth state and its actions. */
export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error("useAuth outside AuthProvider");
  return value;
}

/** The signed-in account, for pages rendered inside RequireAuth. */
export function useMe(): Me {
  const { state } = useAuth();
  if (state.status !== "signed-in") throw new Error("useMe outside RequireAuth");
  return state.me;
}

/** Renders its children only for a signed-in user; otherwise sends to the login page and back afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const t = useT();
  const { state } = useAuth();
  const location = useLocation();
  if (state.status === "loading") {
    return (
      <Center py="xl">
        <Loader aria-label={t("loading")} />
      </Center>
    );
  }
  // After an explicit sign-out, the login page does not offer to come back to the page that was left.
  if (state.status === "anonymous") return <Navigate to={state.signedOut ? "/connexion" : `/connexion?retour=${encodeURIComponent(location.pathname)}`} replace />;
  return <>{children}</>;
}
