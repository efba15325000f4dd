import { useCallback, useState } from "react";
import { ApiError, NETWORK_ERROR } from "./client";

/** A form action's state: running, and the last API error (shown with ProblemAlert). */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const run = useCallback(async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(undefined);
    try {
      return await work();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError({ status: 0, code: NETWORK_ERROR, detail: String(e) }));
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, run, setError };
}
