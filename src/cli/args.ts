/** The command line of helder-check, read into values; no I/O. */

export interface Options {
  inputs: string[];
  kind?: string;
  json: boolean;
  strict: boolean;
  baseUrl?: string;
  timeoutMs?: number;
  help: boolean;
}

export const USAGE = `Gebruik: helder-check <bestand, map of URL> … [--kind <soort>] [--json] [--strict] [--base-url <URL>] [--timeout <ms>]

Controleert een Helder-feed met dezelfde code als de widgets.
  --kind <soort>     de soort feed; zonder deze optie herkent helder-check de soort zelf
  --json             de uitkomst als JSON
  --strict           teksten die hun taalniveau (A2, B1) niet halen, tellen als fout
  --base-url <URL>   waar de feed komt te staan, voor relatieve links in een bestand
  --timeout <ms>     hoe lang op een URL wachten (standaard 15000)
  --help             deze uitleg

Een map: elk .json-bestand erin.
Afsluitcode: 0 in orde, 1 fouten in de feed (met --strict ook in de leesbaarheid),
2 het bestand of de URL is niet te lezen, is geen JSON, of de soort is onbekend.`;

export type ParsedArgs = { ok: true; options: Options } | { ok: false; error: string };

const VALUED = new Set(['--kind', '--base-url', '--timeout']);

/** Reads the arguments. `--name value` and `--name=value` both work; `--` ends the options. */
export function parseArgs(args: readonly string[]): ParsedArgs {
  const options: Options = { inputs: [], json: false, strict: false, help: false };
  let onlyInputs = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (onlyInputs || !arg.startsWith('-') || arg === '-') {
      options.inputs.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyInputs = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    let value: string | undefined;
    if (VALUED.has(name)) {
      value = eq > 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined || value === '') return { ok: false, error: `${name} heeft een waarde nodig.` };
    } else if (eq > 0) {
      return { ok: false, error: `${name} heeft geen waarde.` };
    }
    switch (name) {
      case '--json':
        options.json = true;
        break;
      case '--strict':
        options.strict = true;
        break;
      case '--help':
      case '-h':
        options.help = true;
        break;
      case '--kind':
        options.kind = value!;
        break;
      case '--base-url':
        options.baseUrl = value!;
        break;
      case '--timeout': {
        const ms = Number(value);
        if (!Number.isFinite(ms) || ms <= 0) return { ok: false, error: `--timeout verwacht een aantal milliseconden, niet "${value}".` };
        options.timeoutMs = ms;
        break;
      }
      default:
        return { ok: false, error: `Onbekende optie ${name}.` };
    }
  }
  if (!options.help && options.inputs.length === 0) return { ok: false, error: 'Geef een bestand, map of URL om te controleren.' };
  return { ok: true, options };
}
