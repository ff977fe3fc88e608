/**
 * Words from the policy documents that many residents do not know, each with a plainer way to
 * say it. The Schrijfhulp marks them in a text; the editor decides. The words come from the
 * gemeente's and the region's own documents (named in `source`); the alternatives are ours.
 */
import { wordSpans } from './readability.js';

export interface JargonEntry {
  /** The word as the documents use it (lower case; may be two words). */
  term: string;
  /** Other forms to find: plurals, inflections, the verb's other forms. Lower case. */
  also?: readonly string[];
  /** What to write instead, in plain Dutch. */
  alternative: string;
  /** A source document (in the seed set) where the word is used. */
  source: string;
}

const AGENDA_2025 = 'maatschappelijke-agenda-2025.txt';
const AGENDA_2024 = 'maatschappelijke-agenda-2024.md';
const TERUGBLIK = 'programma-sociaal-domein-terugblik-2024.txt';
const KADERNOTITIE = 'kadernotitie-toegang-lokaal-team-2025.txt';
const REGIOPLAN = 'almelo-raadsbrief-regioplan-twentse-koers-2024-2026.txt';

export const JARGON: readonly JargonEntry[] = [
  { term: 'voorliggend veld', also: ['voorliggende veld', 'voorliggende voorziening', 'voorliggende voorzieningen'], alternative: 'hulp die er al is: familie, buren, een club of vrijwilligers', source: KADERNOTITIE },
  { term: 'maatwerkvoorziening', also: ['maatwerkvoorzieningen'], alternative: 'hulp die past bij uw situatie', source: KADERNOTITIE },
  { term: 'maatwerk', alternative: 'hulp die past bij uw situatie', source: AGENDA_2025 },
  { term: 'participatie', alternative: 'meedoen', source: AGENDA_2025 },
  { term: 'participeren', also: ['participeert'], alternative: 'meedoen', source: AGENDA_2025 },
  { term: 'integraal', also: ['integrale'], alternative: 'alles samen bekeken', source: AGENDA_2025 },
  { term: 'normaliseren', also: ['normaliseert', 'genormaliseerd'], alternative: 'zien als iets gewoons, niet meteen als een probleem', source: AGENDA_2025 },
  { term: 'inkomensondersteuning', alternative: 'hulp met geld', source: REGIOPLAN },
  { term: 'preventie', alternative: 'voorkomen dat het misgaat', source: AGENDA_2025 },
  { term: 'preventief', also: ['preventieve'], alternative: 'om te voorkomen dat het misgaat', source: AGENDA_2025 },
  { term: 'vroegsignalering', alternative: 'op tijd zien dat iemand hulp nodig heeft', source: AGENDA_2025 },
  { term: 'signaleren', also: ['signaleert', 'gesignaleerd'], alternative: 'zien, merken', source: AGENDA_2025 },
  { term: 'bestaanszekerheid', alternative: 'genoeg geld en zekerheid om van te leven', source: AGENDA_2025 },
  { term: 'sociaal minimum', alternative: 'het laagste inkomen waarvan u kunt leven', source: REGIOPLAN },
  { term: 'zelfredzaam', also: ['zelfredzame'], alternative: 'dingen zelf kunnen regelen', source: AGENDA_2025 },
  { term: 'zelfredzaamheid', alternative: 'dingen zelf kunnen regelen', source: AGENDA_2025 },
  { term: 'eigen kracht', alternative: 'wat u zelf kunt', source: AGENDA_2025 },
  { term: 'casusregie', alternative: 'één persoon die al uw hulp regelt', source: AGENDA_2025 },
  { term: 'regie', alternative: 'de leiding; zelf beslissen', source: AGENDA_2025 },
  { term: 'ketenpartners', also: ['ketenpartner'], alternative: 'organisaties die samenwerken', source: REGIOPLAN },
  { term: 'ketensamenwerking', alternative: 'samenwerking tussen organisaties', source: REGIOPLAN },
  { term: 'transformatie', alternative: 'grote verandering', source: AGENDA_2024 },
  { term: 'informele zorg', alternative: 'hulp van familie, vrienden of vrijwilligers', source: KADERNOTITIE },
  { term: 'algemene voorziening', also: ['algemene voorzieningen'], alternative: 'hulp voor iedereen, zonder aanvraag', source: AGENDA_2025 },
  { term: 'indicatie', also: ['indicaties'], alternative: 'besluit over welke hulp u krijgt', source: KADERNOTITIE },
  { term: 'beschikking', also: ['beschikkingen'], alternative: 'brief met het besluit van de gemeente', source: TERUGBLIK },
  { term: 'laagdrempelig', also: ['laagdrempelige'], alternative: 'makkelijk te bereiken, zonder afspraak', source: KADERNOTITIE },
  { term: 'doelgroep', also: ['doelgroepen'], alternative: 'de mensen voor wie het is', source: AGENDA_2025 },
  { term: 'schuldhulpverlening', alternative: 'hulp bij schulden', source: TERUGBLIK },
  { term: 'inclusie', alternative: 'iedereen hoort erbij', source: AGENDA_2025 },
  { term: 'sociale basis', alternative: 'hulp en activiteiten in de buurt, voor iedereen', source: KADERNOTITIE },
  { term: 'vindplaats', also: ['vindplaatsen'], alternative: 'plek waar mensen al komen, zoals school of huisarts', source: AGENDA_2025 },
  { term: 'faciliteren', also: ['faciliteert', 'gefaciliteerd'], alternative: 'mogelijk maken', source: AGENDA_2025 },
  { term: 'borgen', also: ['borgt', 'geborgd'], alternative: 'goed regelen, zodat het blijft', source: AGENDA_2025 },
  { term: 'monitoren', also: ['monitort', 'gemonitord', 'monitoring'], alternative: 'volgen, bijhouden', source: AGENDA_2025 },
  { term: 'implementatie', also: ['implementeren', 'geïmplementeerd'], alternative: 'invoeren, uitvoeren', source: AGENDA_2025 },
  { term: 'doorontwikkelen', also: ['doorontwikkeling', 'doorontwikkeld'], alternative: 'verder verbeteren', source: AGENDA_2025 },
  { term: 'ambulante', also: ['ambulant'], alternative: 'bij u thuis of in de buurt', source: KADERNOTITIE },
  { term: 'dagbesteding', alternative: 'activiteiten overdag', source: AGENDA_2025 },
  { term: 'respijtzorg', alternative: 'iemand neemt de zorg even over, zodat u rust heeft', source: REGIOPLAN },
  { term: 'mantelzorger', also: ['mantelzorgers'], alternative: 'iemand die zorgt voor een familielid, buur of vriend', source: AGENDA_2025 },
  { term: 'cliëntondersteuning', also: ['clientondersteuning'], alternative: 'iemand die u gratis helpt met uw vraag aan de gemeente', source: REGIOPLAN },
  { term: 'interventie', also: ['interventies'], alternative: 'aanpak', source: AGENDA_2025 },
  { term: 'ondersteuningsbehoefte', also: ['ondersteuningsbehoeften'], alternative: 'de hulp die u nodig heeft', source: AGENDA_2025 },
  { term: 'hulpvraag', also: ['hulpvragen'], alternative: 'vraag om hulp', source: REGIOPLAN },
  { term: 'zorgvraag', also: ['zorgvragen'], alternative: 'vraag om zorg', source: AGENDA_2025 },
  { term: 'outreachend', also: ['outreachende'], alternative: 'zelf naar mensen toe gaan', source: KADERNOTITIE },
  { term: 'opschalen', also: ['opgeschaald'], alternative: 'meer of zwaardere hulp geven', source: KADERNOTITIE },
  { term: 'afschalen', also: ['afgeschaald'], alternative: 'minder of lichtere hulp geven', source: TERUGBLIK },
  { term: 'toeleiding', alternative: 'de weg wijzen naar hulp', source: REGIOPLAN },
  { term: 'statushouder', also: ['statushouders'], alternative: 'vluchteling die in Nederland mag blijven', source: AGENDA_2025 },
  { term: 'laaggeletterd', also: ['laaggeletterde', 'laaggeletterden', 'laaggeletterdheid'], alternative: 'moeite met lezen en schrijven', source: AGENDA_2025 },
  { term: 'kwetsbare', also: ['kwetsbaar'], alternative: 'die extra hulp nodig hebben', source: KADERNOTITIE },
  { term: 'speerpunt', also: ['speerpunten'], alternative: 'belangrijk doel', source: AGENDA_2025 },
  { term: 'eigen bijdrage', alternative: 'het deel dat u zelf betaalt', source: TERUGBLIK },
  { term: 'pgb', also: ['persoonsgebonden budget'], alternative: 'geld om zelf uw hulp te kopen', source: TERUGBLIK },
  { term: 'veerkracht', alternative: 'kracht om tegenslag aan te kunnen', source: AGENDA_2025 },
  { term: 'positieve gezondheid', alternative: 'hoe u zich voelt, niet alleen of u ziek bent', source: AGENDA_2025 },
  { term: 'gemeentepolis', alternative: 'zorgverzekering via de gemeente', source: REGIOPLAN },
  { term: 'uitstroom', alternative: 'weggaan, bijvoorbeeld naar werk', source: AGENDA_2024 },
  { term: 'inburgering', alternative: 'Nederlands leren en leren hoe het hier werkt', source: TERUGBLIK },
  { term: 'loonkostensubsidie', alternative: 'geld voor de werkgever, zodat die u kan aannemen', source: TERUGBLIK },
  { term: 'participatiewet', alternative: 'de wet over bijstand en werk', source: AGENDA_2025 },
  { term: 'sociaal domein', alternative: 'hulp van de gemeente bij geld, werk, zorg en jeugd', source: AGENDA_2025 },
  { term: 'escalatie', also: ['escaleren'], alternative: 'als het erger wordt', source: KADERNOTITIE },
];

/** One place in a text where a jargon word stands. Offsets are in `text.normalize('NFC')`. */
export interface JargonMatch {
  entry: JargonEntry;
  /** The words as they stand in the text. */
  text: string;
  start: number;
  end: number;
}

interface Form {
  words: readonly string[];
  entry: JargonEntry;
}

/** The forms by their first word, longest first: "voorliggende voorziening" before "voorliggende". */
function indexOf(list: readonly JargonEntry[]): Map<string, Form[]> {
  const index = new Map<string, Form[]>();
  for (const entry of list) {
    for (const form of [entry.term, ...(entry.also ?? [])]) {
      const words = form.normalize('NFC').toLocaleLowerCase('nl').split(/\s+/);
      const forms = index.get(words[0]!) ?? [];
      forms.push({ words, entry });
      index.set(words[0]!, forms);
    }
  }
  for (const forms of index.values()) forms.sort((a, b) => b.words.length - a.words.length);
  return index;
}

const indexes = new WeakMap<readonly JargonEntry[], Map<string, Form[]>>();

/**
 * The jargon words in a text, in order. A word matches a form only as a whole word (any case),
 * so "participatie" is found, and "participatiewet" only as itself. Matches do not overlap: the
 * longest form at a place wins.
 */
export function findJargon(text: string, list: readonly JargonEntry[] = JARGON): JargonMatch[] {
  let index = indexes.get(list);
  if (!index) {
    index = indexOf(list);
    indexes.set(list, index);
  }
  const normalised = text.normalize('NFC');
  const spans = wordSpans(normalised);
  const lower = spans.map((span) => span.word.toLocaleLowerCase('nl'));
  const found: JargonMatch[] = [];
  for (let i = 0; i < spans.length; ) {
    const form = index.get(lower[i]!)?.find((f) => f.words.every((word, k) => lower[i + k] === word));
    if (!form) {
      i++;
      continue;
    }
    const start = spans[i]!.start;
    const end = spans[i + form.words.length - 1]!.end;
    found.push({ entry: form.entry, text: normalised.slice(start, end), start, end });
    i += form.words.length;
  }
  return found;
}
