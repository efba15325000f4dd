import { useEffect } from "react";
import { usePlatform } from "../api/use-platform";

/** Sets the document title to "page — portal", so each page is named in tabs, history and screen readers. */
export function usePageTitle(title: string): void {
  const { shortName } = usePlatform();
  useEffect(() => {
    document.title = `${title} — ${shortName}`;
  }, [title, shortName]);
}
