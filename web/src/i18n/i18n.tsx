import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { en } from "./en";
import { fr, type MessageKey } from "./fr";

/** The languages the front end speaks: French first, English second. */
export type Lang = "fr" | "en";
export const LANGS: readonly Lang[] = ["fr", "en"];
const STORAGE_KEY = "guichet.lang";
const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { fr, en };

/** Values substituted for `{name}` placeholders in a message. */
export type MessageParams = Record<string, string | number>;

/** Messages a feature keeps beside its own pages, so it never has to edit the shared dictionaries. */
export interface LocalMessages<K extends string> {
  fr: Record<K, string>;
  en: Record<K, string>;
}

/** Declares a feature's own messages; English must have exactly the French keys. */
export function defineMessages<K extends string>(messages: LocalMessages<K>): LocalMessages<K> {
  return messages;
}

/** Replaces each `{name}` with its value; unknown placeholders are left as they are. */
export function interpolate(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

function readStoredLang(): Lang {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return stored === "en" || stored === "fr" ? stored : "fr";
  } catch {
    return "fr"; // storage refused (private mode, policy): French, the default
  }
}

interface I18nState {
  lang: Lang;
  setLang(lang: Lang): void;
}

const I18nContext = createContext<I18nState>({ lang: "fr", setLang: () => undefined });

/** Holds the chosen language, remembers it in localStorage and mirrors it on `<html lang>`. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(readStoredLang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // not remembered across visits, still switched for this one
    }
  }, []);
  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language and a way to change it. */
export function useI18n(): I18nState {
  return useContext(I18nContext);
}

/** The translate function for the current language: shared messages, plus a feature's own when given. */
export function useT(): (key: MessageKey, params?: MessageParams) => string;
export function useT<K extends string>(local: LocalMessages<K>): (key: MessageKey | K, params?: MessageParams) => string;
export function useT<K extends string>(local?: LocalMessages<K>) {
  const { lang } = useI18n();
  return useCallback(
    (key: MessageKey | K, params?: MessageParams) => {
      const shared = DICTIONARIES[lang] as Record<string, string>;
      const own = local?.[lang] as Record<string, string> | undefined;
      const template = own?.[key] ?? shared[key] ?? key;
      return interpolate(template, params);
    },
    [lang, local],
  );
}
