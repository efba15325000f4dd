import { createContext, useContext, useEffect, useState } from "react";
import { apiGet } from "./client";

/** The deploying body's identity, from `GET /api/v1/platform` (BRAND_* environment variables). */
export interface Platform {
  name: string;
  shortName: string;
  primaryColor: string;
  logoUrl: string | null;
  environment: string;
}

/** What shows before the API answers (and if it never does): the server's own defaults. */
export const DEFAULT_PLATFORM: Platform = {
  name: "Département des Alpes-Maritimes",
  shortName: "Guichet 06",
  primaryColor: "#1f4e79",
  logoUrl: null,
  environment: "production",
};

/** Reads the platform once at start; keeps the defaults if the API cannot be reached. */
export function useLoadPlatform(): Platform {
  const [platform, setPlatform] = useState(DEFAULT_PLATFORM);
  useEffect(() => {
    const controller = new AbortController();
    apiGet<Platform>("/api/v1/platform", { signal: controller.signal })
      .then((p) => {
        if (/^#[0-9a-fA-F]{6}$/.test(p.primaryColor)) setPlatform(p);
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, []);
  return platform;
}

export const PlatformContext = createContext<Platform>(DEFAULT_PLATFORM);

/** The deploying body's name, logo and colour, anywhere below the App. */
export function usePlatform(): Platform {
  return useContext(PlatformContext);
}
