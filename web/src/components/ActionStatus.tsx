import { Text } from "@mantine/core";
import type { ApiError } from "../api/client";
import { ProblemAlert } from "./ProblemAlert";

/** What a panel's last action said (a status region screen readers announce) and, when it failed, the problem. */
export function ActionStatus({ said, error }: { said: string; error: ApiError | undefined }) {
  return (
    <>
      <Text size="sm" role="status">
        {said}
      </Text>
      {error ? <ProblemAlert error={error} /> : null}
    </>
  );
}
