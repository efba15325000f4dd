// Starts a throwaway PostgreSQL server for the tests: initdb into a temp dir, pg_ctl on a free port, trust auth on
// loopback only; run as the postgres user when we are root (PostgreSQL refuses to run as root).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

function findBinDir() {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const base = "/usr/lib/postgresql";
  if (fs.existsSync(base)) {
    const versions = fs.readdirSync(base).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) {
      const dir = path.join(base, v, "bin");
      if (fs.existsSync(path.join(dir, "pg_ctl"))) return dir;
    }
  }
  try {
    return path.dirname(execFileSync("which", ["pg_ctl"], { encoding: "utf8" }).trim());
  } catch {
    throw new Error("PostgreSQL introuvable : installez postgresql (pg_ctl, initdb) ou définissez PG_BIN");
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts the server; resolves to { url, stop() }. */
export async function startPostgres() {
  const bin = findBinDir();
  const isRoot = process.getuid?.() === 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "guichet-pg-"));
  const dataDir = path.join(dir, "data");
  const socketDir = dir;
  if (isRoot) execFileSync("chown", ["-R", "postgres:postgres", dir]);
  fs.chmodSync(dir, 0o755);
  const run = (cmd, args) => {
    const full = path.join(bin, cmd);
    const opts = { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" };
    return isRoot ? execFileSync("runuser", ["-u", "postgres", "--", full, ...args], opts) : execFileSync(full, args, opts);
  };
  run("initdb", ["-D", dataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
  const port = await freePort();
  const options = `-p ${port} -k ${socketDir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  run("pg_ctl", ["-D", dataDir, "-o", options, "-l", path.join(dir, "log"), "-w", "-t", "60", "start"]);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      run("pg_ctl", ["-D", dataDir, "-m", "immediate", "-w", "stop"]);
    } catch {
      // already gone
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { url, stop };
}
