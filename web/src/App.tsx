import { MantineProvider } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import { BrowserRouter, Route, Routes } from "react-router";
import { Layout } from "./components/Layout";
import { usePlatform } from "./api/use-platform";
import { HomePage } from "./pages/home.page";
import { NotFoundPage } from "./pages/not-found.page";
import { buildTheme } from "./theme";

/** The whole front end: theme from the deploying body's configuration, then the routes. */
export function App() {
  const platform = usePlatform();
  return (
    <MantineProvider theme={buildTheme(platform.primaryColor)}>
      <Notifications />
      <BrowserRouter>
        <Routes>
          <Route element={<Layout platform={platform} />}>
            <Route index element={<HomePage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </MantineProvider>
  );
}
