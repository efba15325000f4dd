import { Anchor, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";

export function NotFoundPage() {
  return (
    <Stack>
      <Title order={2}>Page introuvable</Title>
      <Text>
        Cette adresse ne correspond à aucune page. <Anchor component={Link} to="/">Revenir à l'accueil</Anchor>
      </Text>
    </Stack>
  );
}
