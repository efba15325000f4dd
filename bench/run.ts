// `npm run bench` runs every benchmark; `npm run bench -- directory` runs one. Each section is a module with run().
// Add yours to BENCHES (name → module); each prints its figures next to a baseline measured in the same run.

interface Bench {
  run(): Promise<void>;
}

const BENCHES: Record<string, () => Promise<Bench>> = {
  directory: () => import("./directory/index.js"),
  "einvoice-read": () => import("./einvoice-read/index.js"),
  "einvoice-write": () => import("./einvoice-write/index.js"),
  "syntax-rules": () => import("./syntax-rules/index.js"),
  "core-rules": () => import("./core-rules/index.js"),
  deposit: () => import("./deposit/index.js"),
  "vat-rules": () => import("./vat-rules/index.js"),
  validation: () => import("./validation/index.js"),
  buyer: () => import("./buyer/index.js"),
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const unknown = wanted.filter((name) => !(name in BENCHES));
if (unknown.length > 0) {
  console.error(`Benchmark inconnu : ${unknown.join(", ")}. Disponibles : ${Object.keys(BENCHES).join(", ")}`);
  process.exit(2);
}
for (const name of wanted.length > 0 ? wanted : Object.keys(BENCHES)) {
  console.log(`\n▶ ${name}`);
  const bench = await BENCHES[name]!();
  await bench.run();
}
