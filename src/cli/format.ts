/** helder-check's report as text for a person, or as JSON for a program. */
import type { FileReport, ReadabilityReport } from './check.js';

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const KIND_FROM = { option: 'gekozen met --kind', 'kind-field': 'volgens het veld "kind"', list: 'herkend aan de lijst' } as const;

/** One file's report, for a person reading a CI log. Nothing for an input that could not be checked: main() says why on stderr. */
export function formatFile(report: FileReport, strict: boolean): string {
  if (report.error) return '';
  const lines = [report.input, `  Soort: ${report.kind} (${KIND_FROM[report.kindFrom ?? 'list']}).`];
  const items = report.items ?? 0;
  const kept = report.kept ?? 0;
  lines.push(
    kept === items
      ? `  ${count(items, 'onderdeel', 'onderdelen')}, alle in orde.`
      : `  ${count(items, 'onderdeel', 'onderdelen')}: ${kept} in orde, ${items - kept} overgeslagen.`,
  );
  if (report.problemCount === 0) {
    lines.push('  Geen fouten.');
  } else {
    lines.push(`  ${count(report.problemCount, 'fout', 'fouten')}:`);
    for (const problem of report.problems) lines.push(`    ${problem.path || '/'}: ${problem.message}`);
    const more = report.problemCount - report.problems.length;
    if (more > 0) lines.push(`    … en nog ${count(more, 'fout', 'fouten')}. Verbeter eerst deze.`);
  }
  lines.push(...formatReadability(report, strict));
  return `${lines.join('\n')}\n`;
}

function formatReadability(report: FileReport, strict: boolean): string[] {
  const checked = `${count(report.texts, 'tekst', 'teksten')} op A2 en B1`;
  if (report.readability.length === 0) return [`  Leesbaarheid: ${checked} gecontroleerd; alle halen hun niveau.`];
  const missing = new Set(report.readability.map((r) => r.path)).size;
  const lines = [`  Leesbaarheid: ${missing} van ${checked} halen hun niveau niet${strict ? ' (telt als fout door --strict)' : ''}:`];
  // Grouped per item, then per level: the order check.ts reports them in.
  const byItem = new Map<string, ReadabilityReport[]>();
  for (const entry of report.readability) byItem.set(entry.item, [...(byItem.get(entry.item) ?? []), entry]);
  for (const [item, entries] of byItem) {
    lines.push(`    ${item}${entries[0]!.id ? ` (${entries[0]!.id})` : ''}`);
    let path = '';
    for (const entry of entries) {
      if (entry.path !== path) lines.push(`      ${entry.level.toUpperCase()} ${(path = entry.path)}`);
      lines.push(`        ${entry.message}`);
    }
  }
  return lines;
}

/** The closing line when more than one input was checked. */
export function formatSummary(reports: readonly FileReport[]): string {
  const bad = reports.filter((r) => r.exitCode !== 0).length;
  return bad === 0
    ? `Alle ${reports.length} feeds zijn in orde.\n`
    : `${bad} van ${count(reports.length, 'feed', 'feeds')} ${bad === 1 ? 'is' : 'zijn'} niet in orde.\n`;
}

/** The JSON output: the same as the text, as values. */
export function formatJson(reports: readonly FileReport[], strict: boolean, exitCode: number): string {
  return `${JSON.stringify({ ok: exitCode === 0, exitCode, strict, files: reports }, null, 2)}\n`;
}
