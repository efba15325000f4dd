import { type Lang, useI18n, useT } from "../i18n/i18n";

/** A button switching between French and English; its text is in the target language and says so (`lang`). */
export function LanguageSwitch() {
  const { lang, setLang } = useI18n();
  const t = useT();
  const target: Lang = lang === "fr" ? "en" : "fr";
  return (
    <button type="button" className="header-button" lang={target} onClick={() => setLang(target)}>
      {t("lang.switchTo")}
    </button>
  );
}
