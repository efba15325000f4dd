// Passwords that attackers try first. Typed here as data (frequent words, names, keyboard walks seen in every public
// breach analysis, French ones included), then expanded with the suffixes people add to reach a length rule.
// Kept small on purpose: with a 12-character minimum, what matters is the long variants of these roots.

const ROOTS = `
password passw0rd motdepasse mot2passe azerty azertyuiop qwerty qwertyuiop qwertz qwertzuiop asdfgh asdfghjkl zxcvbnm
wxcvbn azerty123 iloveyou jetaime teamo loveyou monkey dragon master shadow sunshine princess football baseball
soccer superman batman trustno1 welcome letmein admin administrator root toor login abc123 starwars whatever
freedom charlie michael jordan jennifer hunter ranger buster thomas robert daniel andrew joshua matthew anthony
ginger pepper summer winter autumn spring flower hello bonjour bonsoir salut coucou soleil chocolat doudou loulou
nicolas julien camille marine pierre olivier thierry philippe isabelle nathalie sophie stephane sebastien
marseille paris lyon nice toulouse bordeaux lille nantes france francais liberte marie maman papa chouchou
cheval chaton poisson tigrou titou nounours pompier football1 juventus barcelona liverpool chelsea arsenal
realmadrid manchester computer internet secret access system server guichet chorus chorus123 chorupro
facture factures facturation comptable compta entreprise societe mairie departement alpesmaritimes
changeme default sample test test123 testtest demo demodemo user utilisateur gestionnaire fournisseur
qazwsx qweasd zaq12wsx 1qaz2wsx 1q2w3e4r 1q2w3e4r5t 1q2w3e 123qwe qwe123 asd123 aaa111 abcabc abcdef
abcdefgh abcdefghijkl 0123456789 1234567890 0987654321 123456789 12345678 1234567 123456 987654321
111111 000000 121212 123123 654321 666666 696969 777777 888888 999999 112233 11223344 147258369 159753
741852963 789456123 258456 azertyuiopqsdfghjklm poiuytreza mlkjhgfdsq nbvcxw ytrewq
`;

const SUFFIXES = ["", "1", "12", "123", "1234", "12345", "123456", "!", "!!", "01", "007", "69", "2020", "2021", "2022", "2023", "2024", "2025", "2026", "2027", "@", "*", "?", ".", "1!", "123!", "!123"];

function expand(): Set<string> {
  const roots = ROOTS.split(/\s+/).filter(Boolean);
  const out = new Set<string>();
  for (const root of roots) {
    for (const variant of [root, root[0]?.toUpperCase() + root.slice(1), root + root]) {
      for (const suffix of SUFFIXES) out.add((variant + suffix).toLowerCase());
    }
  }
  // Repeated digits and letters of every useful length.
  for (const c of "0123456789abcdefghijklmnopqrstuvwxyz") for (let n = 6; n <= 20; n++) out.add(c.repeat(n));
  // Ascending and descending digit runs that people type for a length rule.
  const digits = "01234567890123456789";
  for (let start = 0; start < 10; start++) for (let n = 6; n <= 20; n++) {
    const run = digits.slice(start, start + n);
    out.add(run);
    out.add([...run].reverse().join(""));
  }
  return out;
}

/** The lowercase set of common passwords (a few thousand entries). */
export const COMMON_PASSWORDS: ReadonlySet<string> = expand();
