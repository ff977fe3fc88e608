import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  deriveFacts,
  evaluateRegelingen,
  groupResults,
  parseAnswer,
  questionPath,
  sanitizeAnswers,
  type AnswerInput,
  type AnswerProblem,
  type Answers,
  type CheckGroups,
  type Question,
} from '../../core/check.js';
import type { Norms, Regeling } from '../../core/schemas/regelingen.js';
import { StoredValue } from '../shared/stored-value.js';

export const SAVED_ANSWERS_KEY = 'helder-check-antwoorden';

/** What the check runs on: the regelingen the widget shows, and the feed's norms. */
export interface CheckSource {
  regelingen: readonly Regeling[];
  norms?: Norms;
}

/**
 * The state of the check "waar heb ik recht op?": answers, the step, the results, and whether
 * the resident asked to keep the answers on this device. Answers never leave the browser; they
 * are stored only after the resident ticks the box, and read back within the same bounds as
 * answers typed in.
 */
export class CheckController implements ReactiveController {
  answers: Answers = {};
  step = 0;
  showResults = false;
  /** What was wrong with the last answer given. */
  problem?: AnswerProblem;
  /** The resident asked to keep the answers on this device. */
  saved = false;
  /** The resident asked, but this device cannot keep them (storage blocked or full). */
  saveFailed = false;

  private readonly store = new StoredValue<Answers>(SAVED_ANSWERS_KEY, (value) => sanitizeAnswers(value));
  /** Answers came from storage: open on the results once the feed is there. */
  private restored = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: () => CheckSource | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const saved = this.store.read();
    if (saved) {
      this.answers = saved;
      this.saved = true;
      this.restored = true;
    }
  }

  hostUpdate(): void {
    if (this.restored && this.source()) {
      this.restored = false;
      this.showResults = this.complete;
    }
  }

  /** The questions to ask now, in order; it changes as answers decide regelingen. */
  get path(): Question[] {
    const source = this.source();
    return source ? questionPath(this.answers, source.regelingen, source.norms) : [];
  }

  /** Every question on the path has an answer (or "weet ik niet"). */
  get complete(): boolean {
    const path = this.path;
    return path.length > 0 && path.every((q) => q.id in this.answers);
  }

  get question(): Question | undefined {
    const path = this.path;
    return path[Math.min(this.step, path.length - 1)];
  }

  results(): CheckGroups | undefined {
    const source = this.source();
    return source ? groupResults(evaluateRegelingen(source.regelingen, deriveFacts(this.answers, source.norms))) : undefined;
  }

  /** Opens the check: on the results when saved answers already answer everything. */
  start(): void {
    this.goTo(0);
    this.showResults = this.complete;
  }

  goTo(step: number): void {
    this.step = Math.max(0, step);
    this.showResults = false;
    this.problem = undefined;
    this.host.requestUpdate();
  }

  /** Takes the answer to a question: the next step, the results, or what is wrong with it. */
  submit(question: Question, input: AnswerInput): 'next' | 'done' | 'invalid' {
    const parsed = parseAnswer(question, input, this.answers);
    if (!parsed.ok) {
      this.problem = parsed;
      this.host.requestUpdate();
      return 'invalid';
    }
    this.problem = undefined;
    this.answers = { ...this.answers, [question.id]: parsed.value };
    if (this.saved) this.persist();
    const path = this.path;
    const index = path.findIndex((q) => q.id === question.id);
    if (index + 1 >= path.length) {
      this.showResults = true;
      this.host.requestUpdate();
      return 'done';
    }
    this.goTo(index + 1);
    return 'next';
  }

  restart(): void {
    this.answers = {};
    this.persist();
    this.goTo(0);
  }

  /** Keeps or forgets the answers on this device. */
  setSaved(save: boolean): void {
    this.saved = save;
    this.saveFailed = false;
    this.persist();
    this.host.requestUpdate();
  }

  private persist(): void {
    if (!this.saved) {
      this.store.remove();
      return;
    }
    if (!this.store.write(this.answers)) {
      this.saved = false;
      this.saveFailed = true;
    }
  }
}
