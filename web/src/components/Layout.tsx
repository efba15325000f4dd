import { Anchor, Center, Container, Group, Loader, Stack, Text } from "@mantine/core";
import { Suspense, useEffect, useRef } from "react";
import { Link, Outlet, useLocation } from "react-router";
import { usePlatform } from "../api/use-platform";
import { useT } from "../i18n/i18n";
import { LanguageSwitch } from "./LanguageSwitch";
import { MainNav } from "./MainNav";

/** Skip link, header and navigation in the deploying body's look, the page, and the footer. */
export function Layout() {
  const platform = usePlatform();
  const t = useT();
  const { pathname } = useLocation();
  const main = useRef<HTMLDivElement>(null);
  const firstRender = useRef(true);

  // After a client-side navigation, move focus to the new page so keyboard and screen-reader users start there.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (pathname) main.current?.focus();
  }, [pathname]);

  return (
    <>
      <a href="#contenu" className="skip-link">
        {t("skip.toContent")}
      </a>
      <header className="site-header">
        <Container size="lg" py="sm">
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Group gap="sm" wrap="nowrap">
              {platform.logoUrl ? <img src={platform.logoUrl} alt="" height={44} /> : null}
              <div>
                <Link to="/" className="brand-link">
                  {platform.shortName}
                </Link>
                <Text size="sm">{platform.name}</Text>
              </div>
            </Group>
            <LanguageSwitch />
          </Group>
          <MainNav />
        </Container>
      </header>
      <Container size="lg" component="main" id="contenu" tabIndex={-1} ref={main} py="lg">
        <Suspense
          fallback={
            <Center py="xl">
              <Loader aria-label={t("loading")} />
            </Center>
          }
        >
          <Outlet />
        </Suspense>
      </Container>
      <footer className="site-footer">
        <Container size="lg" py="md">
          <Stack gap="xs">
            <Group gap="sm">
              {platform.logoUrl ? <img src={platform.logoUrl} alt="" height={32} /> : null}
              <Text fw={700}>{platform.name}</Text>
            </Group>
            <Text size="sm">{t("footer.software")}</Text>
            <Group gap="lg">
              <Anchor component={Link} to="/annuaire" size="sm">
                {t("footer.directory")}
              </Anchor>
              <Anchor href="/api/docs" size="sm">
                {t("footer.apiDocs")}
              </Anchor>
              <Anchor component={Link} to="/accessibilite" size="sm">
                {t("footer.accessibility")}
              </Anchor>
            </Group>
          </Stack>
        </Container>
      </footer>
    </>
  );
}
