import { useMediaQuery } from "@mantine/hooks";
import { useEffect, useState } from "react";
import { NavLink, useLocation } from "react-router";
import { useAuth } from "../auth/auth-context";
import { useI18n, useT } from "../i18n/i18n";
import { NAV_ITEMS } from "./main-nav";

/** The main navigation: a row of links on wide screens, behind a "Menu" disclosure button on phones. */
export function MainNav() {
  const t = useT();
  const { lang } = useI18n();
  const { state: auth } = useAuth();
  const { pathname } = useLocation();
  const wide = useMediaQuery("(min-width: 48em)", true, { getInitialValueInEffect: false });
  const [open, setOpen] = useState(false);
  // A link followed from the open menu closes it.
  useEffect(() => {
    if (pathname) setOpen(false);
  }, [pathname]);
  // While the session is being read, entries for one audience only wait; then they appear.
  const items = NAV_ITEMS.filter((item) => (!item.audience || item.audience === auth.status) && (!item.requires || (auth.status === "signed-in" && item.requires(auth.me))));
  return (
    <nav className="main-nav" aria-label={t("nav.label")}>
      {wide ? null : (
        <button type="button" className="header-button menu-button" aria-expanded={open} aria-controls="main-nav-list" onClick={() => setOpen((o) => !o)}>
          {t("nav.menu")}
        </button>
      )}
      <ul id="main-nav-list" hidden={!wide && !open}>
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.end ?? false}>
              {typeof item.label === "string" ? t(item.label) : item.label[lang]}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
