import type { Level } from '../core/level.js';
import { LEVEL_LIMITS, type Readability, type ReadabilityProblem } from '../core/readability.js';
import type { JsonSchema } from './schema-node.js';

/**
 * Every interface text of the editors' tools, in Dutch: they are for the gemeente's editors and
 * its partners. Kept here, in one place, so a translation (or msg() calls) can be added at once.
 */

const count = (n: number, one: string, other: string): string => `${n} ${n === 1 ? one : other}`;

export const LEVEL_NAMES: Record<Level, string> = {
  a2: 'A2 (eenvoudig)',
  b1: 'B1 (standaard)',
  c1: 'C1 (origineel)',
};

/**
 * Dutch names for the feed fields, by their name in the schema. A field that is not here is
 * shown by its schema name, so a new kind works before anyone adds its names.
 */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  $schema: 'Schema-adres',
  kind: 'Soort feed',
  regelingen: 'Regelingen',
  publisher: 'Uitgever',
  name: 'Naam',
  url: 'Webadres',
  updated: 'Bijgewerkt op',
  norms: 'Inkomensnormen en grenzen',
  validFrom: 'Geldig vanaf',
  source: 'Bron',
  file: 'Bestand',
  section: 'Hoofdstuk of paragraaf',
  limitPercent: 'Inkomensgrens in procenten',
  limitNote: 'Uitleg bij de grens',
  incomeNorms: 'Normen per huishouden',
  assetLimits: 'Vermogensgrenzen',
  household: 'Huishouden',
  aow: 'AOW-leeftijd',
  monthlyNet: 'Netto per maand',
  id: 'Id',
  title: 'Titel',
  summary: 'Samenvatting',
  categories: 'Onderwerpen',
  forWhom: 'Voor wie',
  whatYouGet: 'Wat u krijgt',
  amount: 'Bedrag',
  value: 'Waarde',
  period: 'Periode',
  per: 'Per',
  example: 'Voorbeeld, niet uit de bronnen',
  note: 'Toelichting',
  apply: 'Aanvragen',
  text: 'Tekst',
  organisation: 'Organisatie',
  phone: 'Telefoonnummer',
  email: 'E-mailadres',
  bring: 'Wat u meeneemt',
  eligibility: 'Voorwaarden',
  rule: 'Regel (JSON Logic)',
  met: 'Tekst als de voorwaarde klopt',
  notMet: 'Tekst als de voorwaarde niet klopt',
  upl: 'Uniforme Productnaam (UPL)',
  description: 'Beschrijving',
  year: 'Jaar',
  years: 'Jaren',
  number: 'Nummer',
  partners: 'Partners',
  themes: 'Themalijnen',
  challenges: 'Opgaven',
  goals: 'Doelen',
  actions: 'Acties',
  status: 'Stand',
  indicators: 'Metingen',
  services: 'Diensten',
  organization: 'Organisatie',
  kernen: 'Kernen',
  needs: 'Waarmee de dienst helpt',
  audience: 'Voor wie vooral',
  contact: 'Contact',
  address: 'Adres',
  hours: 'Openingstijden',
  places: 'Kernen van de gemeente',
  officialName: 'Officiële naam',
  desk: 'Loket',
  openToAll: 'Voor iedereen in de gemeente',
  receivedWhen: 'Regel: krijgt u dit al? (JSON Logic)',
  inCheck: 'In de check',
  code: 'Taalcode',
  keywords: 'Zoekwoorden van inwoners',
  translations: 'Vertalingen',
  reviewed: 'Gecontroleerd op',
};

export function fieldLabel(key: string): string {
  return FIELD_LABELS[key] ?? key;
}

export const T = {
  required: 'verplicht',
  empty: '(niet ingevuld)',
  yes: 'ja',
  no: 'nee',
  sameAtEveryLevel: 'Deze tekst is op elk taalniveau hetzelfde.',
  writePerLevel: 'Per taalniveau schrijven',
  form: 'Vorm',
  add: 'Toevoegen',
  remove: 'Weghalen',
  up: 'Omhoog',
  down: 'Omlaag',
  edit: 'Bewerken',
  otherFields: 'Andere velden, die hier niet te bewerken zijn; ze blijven in de feed:',
  unknownField: 'Onbekend veld',
  notJson: 'Dit is nog geen geldige JSON:',
  jsonHint: 'Schrijf dit veld als JSON.',
  noText: 'Nog geen tekst.',
  c1NoLimit: 'C1 is de oorspronkelijke tekst: daarvoor geldt geen grens.',
  tooFewWords: 'Te weinig woorden om het leesgemak te meten.',
};

/** The name of a choice's form, for the "Vorm" list. */
export function alternativeLabel(schema: JsonSchema): string {
  if ('const' in schema) return `"${String(schema.const)}"`;
  if (schema.enum) return `een van: ${schema.enum.map(String).join(', ')}`;
  switch (schema.type) {
    case 'string':
      return 'tekst';
    case 'number':
    case 'integer':
      return 'getal';
    case 'boolean':
      return 'ja of nee';
    case 'array':
      return 'lijst';
    case 'object':
      return schema.properties ? `met velden (${Object.keys(schema.properties).join(', ')})` : 'object';
    default:
      return 'andere vorm';
  }
}

// ----- readability -----

/** Whether a text meets its level, in one short line ("Past bij B1"), for a2 and b1. */
export function verdict(level: 'a2' | 'b1', problems: readonly ReadabilityProblem[]): string {
  const name = level.toUpperCase();
  return problems.length === 0 ? `Past bij ${name}` : `Nog niet ${name}`;
}

/** The figures of a text, with the level's limits beside them. */
export function figures(result: Readability, level: Level): string[] {
  const lines = [count(result.sentences, 'zin', 'zinnen') + `, ${count(result.words, 'woord', 'woorden')}`];
  const longest = result.longestSentence?.words ?? 0;
  const limits = level === 'c1' ? undefined : LEVEL_LIMITS[level];
  lines.push(`Langste zin: ${count(longest, 'woord', 'woorden')}` + (limits ? ` (hoogstens ${limits.maxWordsPerSentence})` : ''));
  if (result.words >= 10) {
    lines.push(`Leesgemak (Flesch-Douma): ${Math.floor(result.fleschDouma)}` + (limits ? ` (minstens ${limits.minFleschDouma})` : ''));
  } else if (limits) {
    lines.push(T.tooFewWords);
  }
  return lines;
}

/** One readability problem, said for an editor. */
export function readabilityProblem(problem: ReadabilityProblem): string {
  switch (problem.code) {
    case 'sentence-too-long':
      return `Deze zin is te lang voor ${problem.level.toUpperCase()} (${problem.words} woorden, hoogstens ${problem.max}): "${problem.sentence}"`;
    case 'score-too-low':
      return `Het leesgemak is ${problem.score}; voor ${problem.level.toUpperCase()} is dat minstens ${problem.min}. Kies kortere woorden en zinnen.`;
  }
}

// ----- counts and states -----

export const problemCount = (n: number): string => (n === 0 ? 'Geen problemen: de feed is geldig.' : `${count(n, 'probleem', 'problemen')} in de feed.`);
export const itemProblems = (n: number): string => count(n, 'probleem', 'problemen');
export const itemCount = (n: number, label: string): string => `${label}: ${n}`;
export const opened = (name: string, n: number, label: string): string => `${name} geopend: ${n} ${label.toLowerCase()}.`;
export const movedTo = (name: string, place: number, total: number): string => `${name} staat nu op plaats ${place} van ${total}.`;
export const removed = (name: string): string => `${name} is weggehaald.`;
export const added = (name: string): string => `${name} is toegevoegd.`;
export const moreProblems = (shown: number, total: number): string => `De eerste ${shown} van ${total} problemen staan hier.`;

// ----- the feed editor -----

export const E = {
  openHeading: 'Feed openen',
  privacy: 'Alles gebeurt in uw browser. De editor verstuurt en bewaart niets; u downloadt het resultaat zelf.',
  kind: 'Soort feed',
  regelingen: 'Regelingen',
  openDefault: 'Standaardfeed openen',
  openFile: 'Bestand op uw computer',
  openUrl: 'Webadres van een feed',
  fetch: 'Ophalen',
  unknownKind: 'Dit is geen feed die de editor kent: er staat geen "kind" in, en geen lijst die de editor herkent.',
  start: 'Open een feed om te beginnen.',
  feedHeading: 'Gegevens van de feed',
  feedFields: 'Uitgever, datum en andere gegevens',
  editHeading: (name: string) => `Bewerken: ${name}`,
  editButton: (name: string) => `Bewerken: ${name}`,
  addItem: (label: string) => `${label}: nieuw onderdeel toevoegen`,
  newItem: 'Nieuw onderdeel',
  sideColumn: 'Controle, voorbeeld en opslaan',
  jumpToCheck: 'Naar de controle, het voorbeeld en opslaan',
  checkHeading: 'Controle',
  undo: (name: string) => `Zet ${name} terug`,
  restored: (name: string) => `${name} staat weer terug.`,
  goTo: 'Ga naar het veld',
  previewHeading: 'Voorbeeld',
  previewLevel: 'Taalniveau van het voorbeeld',
  previewOne: 'Alleen het onderdeel dat u bewerkt',
  saveHeading: 'Opslaan',
  download: 'Download als JSON',
  downloadHint: 'De feed komt in uw map met downloads. Zet hem daarna op de website van de gemeente.',
  downloadWithProblems: (n: number) =>
    `Let op: de feed heeft nog ${count(n, 'probleem', 'problemen')}. Onderdelen met een probleem toont de widget niet.`,
  failure: 'De feed kon niet worden geopend.',
};

// ----- the embed generator -----

export const G = {
  widgetLegend: '1. Welke widget?',
  feedLegend: '2. Welke gegevens?',
  defaultFeed: (file: string) => `De gegevens van de gemeente (${file})`,
  ownFeed: 'Een eigen adres van een feed',
  ownFeedLabel: 'Adres van de feed',
  ownFeedHint: 'Een webadres dat begint met https://. De server van de feed moet andere sites toestaan hem te lezen (CORS).',
  badUrl: 'Dit is geen geldig webadres. Het begint met http:// of https://.',
  loading: 'De feed wordt gelezen…',
  feedItems: (n: number, label: string) => `De feed heeft ${n} ${n === 1 ? 'onderdeel' : 'onderdelen'} (${label.toLowerCase()}).`,
  levelLegend: '3. Taalniveau van de teksten',
  pageLevel: 'Laat de bezoeker kiezen (het niveau van de pagina, standaard B1)',
  langLabel: '4. Taal van de knoppen en vragen',
  pageLang: 'De taal van de pagina',
  filtersLegend: '5. Wat laat u zien?',
  all: 'Alles',
  picker: 'Zet de keuze voor het taalniveau erboven (<helder-taalniveau>)',
  scriptBase: 'Adres van de Helder-scripts',
  scriptBaseHint: 'De map waar de gemeente Helder neerzet (dist/). Vraag het de webredactie als u het niet weet.',
  previewHeading: 'Zo ziet het eruit',
  snippetHeading: 'De code voor uw pagina',
  snippetHint: 'Zet deze code op de plek in uw pagina waar de widget moet komen. Meer uitleg, ook voor WordPress en Drupal, staat in docs/embed.md.',
  copy: 'Kopieer de code',
  copied: 'De code staat op het klembord. Plak hem in uw pagina.',
  selected: 'Kopiëren lukte niet vanzelf. De code is nu geselecteerd: druk op Ctrl+C (op een Mac: Cmd+C).',
  noSnippet: 'Kies eerst een geldig adres van een feed.',
};


// ----- one item on three levels -----

export const C = {
  noTexts: 'Dit onderdeel heeft geen teksten op taalniveau.',
  perText: 'Leesbaarheid per tekst',
  missing: 'ontbreekt',
  fallback: (asked: Level, shown: Level) => `geen ${asked.toUpperCase()}-tekst: de widget toont ${shown.toUpperCase()}`,
  summary: (level: 'a2' | 'b1', total: number, failing: number) =>
    failing === 0
      ? `${total === 1 ? 'De tekst past' : `Alle ${total} teksten passen`} bij ${level.toUpperCase()}.`
      : `${failing} van ${count(total, 'tekst', 'teksten')} nog niet ${level.toUpperCase()}.`,
  problems: 'Dit onderdeel heeft problemen. De widget toont het pas als ze zijn opgelost:',
  unknownKind: (kind: string) => `Onbekende soort feed: "${kind}".`,
};
