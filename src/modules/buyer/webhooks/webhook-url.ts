import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import { type AppError, appError } from "../../../shared/errors.js";

// SSRF guard: a webhook URL must be https in production and every address its host resolves to must be public.

// Two lists: a BlockList also matches IPv4 addresses against IPv4-mapped IPv6 ranges, so families stay apart.
const blocked = new BlockList();
const blocked6 = new BlockList();
for (const [net, prefix] of [["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12], ["192.0.0.0", 24], ["192.168.0.0", 16], ["198.18.0.0", 15], ["224.0.0.0", 4], ["240.0.0.0", 4]] as const) {
  blocked.addSubnet(net, prefix, "ipv4");
}
// IPv4-mapped addresses are unwrapped and checked as IPv4 below; NAT64 (64:ff9b::/96) is refused outright.
for (const [net, prefix] of [["::", 128], ["::1", 128], ["fc00::", 7], ["fe80::", 10], ["ff00::", 8], ["64:ff9b::", 96]] as const) {
  blocked6.addSubnet(net, prefix, "ipv6");
}

/** True when the address is private, loopback, link-local, multicast or otherwise not a public unicast address. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blocked.check(address, "ipv4");
  if (family === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped?.[1]) return blocked.check(mapped[1], "ipv4");
    return blocked6.check(address, "ipv6");
  }
  return true;
}

function refused(message: string): AppError {
  return appError("WEBHOOK_URL_REFUSED", { field: "url", rule: "WEBHOOK_URL" }, message);
}

/** Checks a webhook URL (scheme, then every resolved address unless private targets are allowed); throws otherwise. */
export async function checkWebhookUrl(raw: string, options: { production: boolean; allowPrivate: boolean }): Promise<URL> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refused("Adresse de webhook invalide.");
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && !options.production)) throw refused("L'adresse du webhook doit être en https.");
  if (url.username || url.password) throw refused("L'adresse du webhook ne peut pas contenir d'identifiants.");
  if (options.allowPrivate) return url;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const addresses = isIP(host) ? [{ address: host }] : await lookup(host, { all: true, verbatim: true }).catch(() => []);
  if (addresses.length === 0) throw refused("Le nom d'hôte du webhook ne se résout pas.");
  if (addresses.some((a) => isPrivateAddress(a.address))) throw refused("L'adresse du webhook désigne un réseau privé ou local : refusée.");
  return url;
}
