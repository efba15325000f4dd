import { useEffect, useEffectEvent, useState } from "react";
import { ApiError, NETWORK_ERROR } from "./client";

/** A request's state: the last data (kept while the next request runs), its error, and whether one is running. */
export interface ApiState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
}

const IDLE = { data: undefined, error: undefined, loading: false };

/**
 * Runs `load` whenever `key` changes (null: nothing to load) and aborts the previous request,
 * so a slow answer to an old search never overwrites a newer one.
 */
export function useApi<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): ApiState<T> {
  const [state, setState] = useState<ApiState<T>>(IDLE);
  // The latest `load` (it closes over the page's current values) without making it a reason to reload.
  const run = useEffectEvent((signal: AbortSignal) => load(signal));
  useEffect(() => {
    if (key === null) {
      setState(IDLE);
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    run(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ data, error: undefined, loading: false });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const apiError = error instanceof ApiError ? error : new ApiError({ status: 0, code: NETWORK_ERROR, detail: String(error) });
        setState({ data: undefined, error: apiError, loading: false });
      },
    );
    return () => controller.abort();
  }, [key]);
  return state;
}
