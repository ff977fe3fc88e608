/** helder-check: checks Helder feeds the way the widgets read them. See USAGE in args.ts. */
import { USAGE, parseArgs } from './args.js';
import { checkInput, type FileReport, type Reader } from './check.js';
import { formatFile, formatJson, formatSummary } from './format.js';

export interface Io extends Reader {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The .json files in a directory, or undefined when `path` is no directory. */
  jsonFilesIn?(path: string): Promise<string[] | undefined>;
}

/** Runs the check; returns the exit code. Writes one line to stderr for each input it could not check. */
export async function main(args: readonly string[], io: Io): Promise<number> {
  const parsed = parseArgs(args);
  if (!parsed.ok) {
    io.stderr(`helder-check: ${parsed.error} Zie helder-check --help.\n`);
    return 2;
  }
  const { options } = parsed;
  if (options.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const inputs: string[] = [];
  for (const input of options.inputs) {
    const files = /^https?:\/\//i.test(input) ? undefined : await io.jsonFilesIn?.(input);
    if (files === undefined) inputs.push(input);
    else if (files.length === 0) {
      io.stderr(`helder-check: ${input}: in deze map staan geen .json-bestanden.\n`);
      return 2;
    } else inputs.push(...files);
  }
  const check = {
    strict: options.strict,
    ...(options.kind === undefined ? {} : { kind: options.kind }),
    ...(options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  };
  const reports: FileReport[] = [];
  for (const input of inputs) {
    const report = await checkInput(input, io, check);
    reports.push(report);
    if (report.error) io.stderr(`helder-check: ${input}: ${report.error.message}\n`);
    if (!options.json) io.stdout(formatFile(report, options.strict));
  }
  const exitCode = Math.max(0, ...reports.map((r) => r.exitCode));
  if (options.json) io.stdout(formatJson(reports, options.strict, exitCode));
  else if (reports.length > 1) io.stdout(formatSummary(reports));
  return exitCode;
}
