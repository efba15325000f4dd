import { Anchor, AppShell, Container, Group, Image, Text, Title } from "@mantine/core";
import { Link, Outlet } from "react-router";
import type { Platform } from "../api/use-platform";

/** Header and footer in the deploying body's look; the page in between. */
export function Layout({ platform }: { platform: Platform }) {
  return (
    <AppShell header={{ height: 64 }} padding="md">
      <a href="#contenu" className="skip-link">
        Aller au contenu
      </a>
      <AppShell.Header bg="brand.6" c="white" component="header">
        <Container size="lg" h="100%">
          <Group h="100%" justify="space-between">
            <Anchor component={Link} to="/" c="white" underline="never" aria-label={`${platform.shortName}, accueil`}>
              <Group gap="sm">
                {platform.logoUrl ? <Image src={platform.logoUrl} alt="" h={36} w="auto" /> : null}
                <Title order={1} size="h3">
                  {platform.shortName}
                </Title>
              </Group>
            </Anchor>
            <Text size="sm">{platform.name}</Text>
          </Group>
        </Container>
      </AppShell.Header>
      <AppShell.Main>
        <Container size="lg" component="main" id="contenu" tabIndex={-1}>
          <Outlet />
        </Container>
        <Container size="lg" component="footer" mt="xl" py="md" style={{ borderTop: "1px solid var(--mantine-color-gray-3)" }}>
          <Text size="sm" c="dimmed">
            {platform.name} — portail de facturation électronique Guichet (logiciel libre). <Anchor href="/api/docs">Documentation de l'API</Anchor>
          </Text>
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
