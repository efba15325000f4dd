import { serve } from "../main.js";
import type { CliCommand } from "./command.js";

export const serveCommand: CliCommand = {
  name: "serve",
  usage: "serve",
  summary: "sert le portail (PORT, DATABASE_URL, DATA_DIR...)",
  async run() {
    await serve();
    // Keep running until a signal stops the server.
    return await new Promise<number>(() => {});
  },
};
