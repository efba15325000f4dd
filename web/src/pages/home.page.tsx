import { Stack, Text, Title } from "@mantine/core";

/** Home: how depositing works, in plain words. */
export function HomePage() {
  return (
    <Stack>
      <Title order={2}>Déposer vos factures, simplement</Title>
      <Text>Créez votre compte, rattachez-vous à votre entreprise, déposez vos factures et suivez-les jusqu'au paiement.</Text>
    </Stack>
  );
}
