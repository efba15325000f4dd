import type { Rule } from "../../rule.js";
import { br01to11 } from "./br-01-to-11.js";
import { br12to16 } from "./br-12-to-16.js";
import { br17 } from "./br-17.js";
import { br18to20and56 } from "./br-18-to-20-and-56.js";
import { br21to28 } from "./br-21-to-28.js";
import { br29to30 } from "./br-29-30.js";
import { br31to38 } from "./br-31-to-38.js";
import { br41to44 } from "./br-41-to-44.js";
import { br45to48 } from "./br-45-to-48.js";
import { br49to51and61 } from "./br-49-to-51-and-61.js";
import { br52to57 } from "./br-52-to-57.js";
import { br62to65 } from "./br-62-to-65.js";
import { brCo03to09 } from "./br-co-03-to-09.js";
import { brCo10 } from "./br-co-10.js";
import { brCo11to12 } from "./br-co-11-12.js";
import { brCo13 } from "./br-co-13.js";
import { brCo14 } from "./br-co-14.js";
import { brCo15 } from "./br-co-15.js";
import { brCo16 } from "./br-co-16.js";
import { brCo17 } from "./br-co-17.js";
import { brCo18to26 } from "./br-co-18-to-26.js";
import { brDec } from "./br-dec.js";
import { brDec13to15 } from "./br-dec-13-15.js";

/**
 * The EN 16931 core rules (BR, BR-CO, BR-DEC) bound to CII and UBL as the CEN validation artefacts 1.3.16 check them.
 * BR-51 appears twice: fatal in CII, a warning in UBL, as the artefacts flag it.
 */
export const en16931CoreRules: Rule[] = [
  ...br01to11,
  ...br12to16,
  ...br17,
  ...br18to20and56,
  ...br21to28,
  ...br29to30,
  ...br31to38,
  ...br41to44,
  ...br45to48,
  ...br49to51and61,
  ...br52to57,
  ...br62to65,
  ...brCo03to09,
  ...brCo10,
  ...brCo11to12,
  ...brCo13,
  ...brCo14,
  ...brCo15,
  ...brCo16,
  ...brCo17,
  ...brCo18to26,
  ...brDec,
  ...brDec13to15,
];
