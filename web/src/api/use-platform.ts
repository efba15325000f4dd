import { useEffect, useState } from "react";

export interface Platform {
  name: string;
  shortName: string;
  primaryColor: string;
  logoUrl: string | null;
  environment: string;
}

const DEFAULT_PLATFORM: Platform = {
  name: "Département des Alpes-Maritimes",
  shortName: "Guichet 06",
  primaryColor: "#1f4e79",
  logoUrl: null,
  environment: "production",
};

/** The deploying body's name, logo and colour, read once from the API. */
export function usePlatform(): Platform {
  const [platform, setPlatform] = useState(DEFAULT_PLATFORM);
  useEffect(() => {
    fetch("/api/v1/platform")
      .then((r) => (r.ok ? r.json() : DEFAULT_PLATFORM))
      .then((p: Platform) => setPlatform(p))
      .catch(() => undefined);
  }, []);
  return platform;
}
