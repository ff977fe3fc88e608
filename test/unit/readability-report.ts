import { expect } from 'vitest';
import { checkLevel, measure, type ReadabilityProblem } from '../../src/core/readability.js';

/** The report for an editor, in Dutch: the core gives codes and numbers. */
function reportLine(problem: ReadabilityProblem, longest: string): string {
  const level = problem.level.toUpperCase();
  switch (problem.code) {
    case 'sentence-too-long':
      return `Zin van ${problem.words} woorden; op ${level} maximaal ${problem.max}.\n  zin: "${problem.sentence}"`;
    case 'score-too-low':
      return `Flesch–Douma-score ${problem.score}; op ${level} minimaal ${problem.min}. Gebruik kortere zinnen en kortere woorden.\n  langste zin: "${longest}"`;
  }
}

/**
 * Asserts that one of our own A2 or B1 texts meets its level. When it fails, rewrite the text
 * named in the message (shorter sentences, shorter words); do not loosen the limits.
 */
export function expectLevel(text: string, level: 'a2' | 'b1'): void {
  const problems = checkLevel(text, level);
  const longest = measure(text).longestSentence?.text ?? '';
  const report = problems.map((p) => `- ${reportLine(p, longest)}`).join('\n');
  expect(problems, `Tekst op ${level.toUpperCase()}:\n"${text}"\n${report}`).toEqual([]);
}
