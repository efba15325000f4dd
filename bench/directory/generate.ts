import fs from "node:fs";
import path from "node:path";
import { formatCsvLine } from "../../src/modules/directory/domain/csv.js";
import { SERVICE_COLUMNS, STRUCTURE_COLUMNS } from "../../src/modules/directory/domain/csv-layout.js";

// A national-size directory, made up but shaped like the real one: communes, their CCAS and annex budgets, EPLE,
// syndicats, hospitals, State services, some private companies; names with accents; valid SIRETs (Luhn); services
// concentrated on a third of the public structures. Deterministic (seeded), so every run measures the same data.

/** What the generator wrote, and samples to build queries from. */
export interface GeneratedDirectory {
  structuresFile: string;
  servicesFile: string;
  sirets: string[];
  names: string[];
  serviceCount: number;
}

function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ["bé", "ro", "quer", "mont", "val", "cour", "lan", "dé", "gny", "bourg", "ou", "pe", "ta", "ri", "lo", "vin", "mar", "sa", "nè", "rac", "bré", "chel", "fort", "pier", "cham", "gnac", "tré", "voi", "lé", "mè", "ly", "sé", "ven", "gar", "tour", "bel", "ais", "ar", "can", "ès"];
const TOWN_PREFIXES = ["", "", "", "", "Saint-", "Sainte-", "Le ", "La ", "Les ", "Villeneuve-", "Château-"];
const TOWN_SUFFIXES = ["", "", "", "", "", "-sur-Mer", "-en-Provence", "-lès-Bains", "-de-Vésubie", "-le-Château", "-sur-Loire", "-d'Azur"];
const DEPARTMENTS = ["l'Ain", "l'Aisne", "l'Allier", "l'Ardèche", "l'Ariège", "l'Aude", "l'Aveyron", "la Corrèze", "la Côte-d'Or", "la Creuse", "la Drôme", "l'Hérault", "l'Isère", "la Lozère", "la Manche", "la Nièvre", "l'Orne", "la Sarthe", "la Savoie", "la Vendée", "la Vienne", "l'Yonne", "l'Essonne", "la Réunion", "la Guadeloupe"];
const PERSONS = ["Jean Moulin", "Marie Curie", "Victor Hugo", "Jules Ferry", "Louise Michel", "Simone Veil", "Albert Camus", "Émile Zola", "Frédéric Mistral", "Paul Éluard", "Camille Claudel", "Jean Jaurès", "Louis Pasteur", "Antoine de Saint-Exupéry", "Georges Brassens", "Édith Piaf", "Jacques Prévert", "Aimé Césaire", "Olympe de Gouges", "Lucie Aubrac", "Germaine Tillion", "Joséphine Baker"];
const SURNAMES = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèbvre", "Michel", "Garcia", "Bertrand", "Roux", "Fournier", "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Gérard", "Hélène", "Noël", "Clément", "Benoît"];
const TRADES = ["Bâtiment", "Électricité", "Informatique", "Espaces verts", "Transports", "Nettoyage", "Conseil", "Plomberie", "Fournitures de bureau", "Restauration collective", "Travaux publics", "Sécurité"];
const ANNEXES = ["eau", "assainissement", "transports", "camping", "pompes funèbres", "lotissement", "régie électrique"];
const SERVICES = [
  ["DRH", "Direction des ressources humaines"], ["DSN", "Direction des services numériques"], ["DFIN", "Direction des finances"],
  ["DAG", "Direction de l'administration générale"], ["CULT", "Service culture et patrimoine"], ["TECH", "Services techniques"],
  ["ECOLE", "Service des écoles et de la jeunesse"], ["SPORT", "Service des sports"], ["VOIRIE", "Voirie et réseaux"],
  ["ENV", "Environnement et développement durable"], ["SOCIAL", "Action sociale"], ["URBA", "Urbanisme et aménagement"],
  ["COMM", "Communication et évènementiel"], ["ACHAT", "Commande publique et achats"], ["BATI", "Bâtiments et patrimoine immobilier"],
] as const;

/** Generates the directory files into `dir`. */
export function generateDirectory(dir: string, sizes = { structures: 130_000, services: 300_000 }, seed = 6): GeneratedDirectory {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const town = () => {
    const n = 2 + Math.floor(random() * 2);
    let base = "";
    for (let i = 0; i < n; i++) base += pick(SYLLABLES);
    return `${pick(TOWN_PREFIXES)}${base[0]?.toUpperCase()}${base.slice(1)}${pick(TOWN_SUFFIXES)}`;
  };
  const publicName = (): string => {
    const r = random();
    if (r < 0.27) return `Commune de ${town()}`;
    if (r < 0.35) return `Centre communal d'action sociale de ${town()}`;
    if (r < 0.43) return `Commune de ${town()} — Budget annexe ${pick(ANNEXES)}`;
    if (r < 0.48) return `Collège ${pick(PERSONS)} de ${town()}`;
    if (r < 0.51) return `Lycée ${pick(PERSONS)} de ${town()}`;
    if (r < 0.59) return `Syndicat intercommunal ${pick(["des eaux", "d'électricité", "à vocation multiple", "scolaire"])} de ${town()}`;
    if (r < 0.62) return `Communauté de communes ${pick(["du Pays de", "de la Vallée de", "des Coteaux de"])} ${town()}`;
    if (r < 0.64) return `Centre hospitalier de ${town()}`;
    if (r < 0.68) return `EHPAD ${pick(["Résidence", "Les Jardins de", "La Maison de"])} ${town()}`;
    if (r < 0.72) return `Caisse des écoles de ${town()}`;
    if (r < 0.76) return `Régie ${pick(["des eaux", "du port", "des transports"])} de ${town()}`;
    if (r < 0.78) return `${pick(["Direction départementale des territoires", "Préfecture", "Service départemental d'incendie et de secours", "Département"])} de ${pick(DEPARTMENTS)}`;
    return `Commune de ${town()}`;
  };
  const privateName = () => `${pick(["SARL", "SAS", "SA", "EURL"])} ${pick(SURNAMES)} ${pick(TRADES)}`;

  const sirets: string[] = [];
  const names: string[] = [];
  const seen = new Set<string>();
  const structureLines: string[] = [formatCsvLine(STRUCTURE_COLUMNS)];
  const withServices: { siret: string; name: string }[] = [];
  while (sirets.length < sizes.structures) {
    const isPublic = random() < 0.85;
    const siren = luhnComplete(`${isPublic ? pick(["1", "2", "2", "2"]) : String(3 + Math.floor(random() * 6))}${digits(random, 7)}`);
    const establishments = 1 + Math.floor(random() * random() * 4);
    for (let e = 0; e < establishments && sirets.length < sizes.structures; e++) {
      const siret = luhnComplete(`${siren}${String(10 + e * 7 + Math.floor(random() * 5)).padStart(4, "0")}`);
      if (seen.has(siret)) continue;
      seen.add(siret);
      const name = isPublic ? publicName() : privateName();
      const requiresService = isPublic && random() < 0.4;
      const b = (p: number) => (random() < p ? "true" : "false");
      structureLines.push(
        formatCsvLine([
          "SIRET", siret, name, b(0.05), b(0.05), b(isPublic ? 0.7 : 0), b(isPublic ? 0.1 : 0), requiresService ? "true" : "false", b(0.05),
          b(0.1), b(0.01), b(0.95), `${1 + Math.floor(random() * 200)} rue de la République`, "", "", digits(random, 5), town(), "", "", "FR", "France",
        ]),
      );
      sirets.push(siret);
      names.push(name);
      if (isPublic && random() < 0.35) withServices.push({ siret, name });
    }
  }

  const serviceLines: string[] = [formatCsvLine(SERVICE_COLUMNS)];
  let serviceCount = 0;
  let id = 0;
  // Spread the services: each structure with services gets at least one, a few get hundreds (skewed draw).
  const counts = withServices.map(() => 1);
  for (let left = sizes.services - withServices.length; left > 0; left--) counts[Math.floor(withServices.length * random() ** 3)]! += 1;
  withServices.forEach((s, i) => {
    for (let k = 0; k < counts[i]!; k++) {
      const [code, label] = k < SERVICES.length ? SERVICES[k]! : [`SERV${k}`, `${pick(SERVICES)[1]} — antenne ${k}`];
      serviceLines.push(formatCsvLine([String(++id), s.siret, s.name, code, label, random() < 0.1 ? "true" : "false", random() < 0.97 ? "true" : "false", "", "", "", "", "", "", "", "FR", "France"]));
      serviceCount++;
    }
  });

  const structuresFile = path.join(dir, "structures.csv");
  const servicesFile = path.join(dir, "services.csv");
  fs.writeFileSync(structuresFile, `${structureLines.join("\r\n")}\r\n`);
  fs.writeFileSync(servicesFile, `${serviceLines.join("\r\n")}\r\n`);
  return { structuresFile, servicesFile, sirets, names, serviceCount };
}

function digits(random: () => number, n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += String(Math.floor(random() * 10));
  return s;
}

/** Appends the digit that makes the whole number pass the Luhn check. */
export function luhnComplete(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    // Positions counted from the right of the final number: the key is position 0, so body digits start at 1.
    let d = body.charCodeAt(body.length - 1 - i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return `${body}${(10 - (sum % 10)) % 10}`;
}
