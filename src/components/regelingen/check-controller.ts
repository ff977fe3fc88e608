import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  evaluateAnswers,
  groupResults,
  inCheck,
  nextSteps,
  parseAnswer,
  questionById,
  questionPath,
  sanitizeAnswers,
  sharedConditionIds,
  type AnswerInput,
  type AnswerProblem,
  type Answers,
  type CheckGroups,
  type NextStep,
  type Question,
  type QuestionId,
  type RegelingResult,
} from '../../core/check.js';
import type { Publisher } from '../../core/schemas/common.js';
import type { Norms, Regeling } from '../../core/schemas/regelingen.js';
import { StoredValue } from '../shared/stored-value.js';

export const SAVED_ANSWERS_KEY = 'helder-check-antwoorden';

/**
 * A check that ends after this many questions or more first shows "Controleer uw antwoorden";
 * one that ended sooner (someone from elsewhere) goes straight to the result.
 */
export const REVIEW_FROM = 3;

/** What the check runs on: the regelingen the widget shows, the feed's norms and publisher. */
export interface CheckSource {
  regelingen: readonly Regeling[];
  norms?: Norms;
  publisher: Publisher;
}

/** Everything the results show, computed once per render. */
export interface CheckOutcome {
  results: RegelingResult[];
  groups: CheckGroups;
  steps: NextStep[];
  /** Conditions every regeling shares (living in the gemeente): said once. */
  shared: string[];
}

/** A question answered from the results, inside one regeling's card. */
export interface InlineQuestion {
  regeling: string;
  question: QuestionId;
  problem?: AnswerProblem;
}

export type CheckStage = 'questions' | 'review' | 'results';

/**
 * The state of the check "waar heb ik recht op?": answers, the step, the review page, the
 * results, a question answered from a "misschien", and whether the resident asked to keep the
 * answers on this device. Answers never leave the browser; they are stored only after the
 * resident ticks the box, and read back within the same bounds as answers typed in.
 */
export class CheckController implements ReactiveController {
  answers: Answers = {};
  step = 0;
  stage: CheckStage = 'questions';
  /** What was wrong with the last answer given. */
  problem?: AnswerProblem;
  /** Changing one answer from the review page: back to the review page after it. */
  editing = false;
  /** The question open inside a result ("misschien"), if any. */
  inline?: InlineQuestion;
  /** The resident asked to keep the answers on this device. */
  saved = false;
  /** The resident asked, but this device cannot keep them (storage blocked or full). */
  saveFailed = false;

  private readonly store = new StoredValue<Answers>(SAVED_ANSWERS_KEY, (value) => sanitizeAnswers(value));
  /** Answers came from storage: open on the results once the feed is there. */
  private restored = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly feed: () => CheckSource | undefined,
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
      if (this.complete) this.stage = 'results';
    }
  }

  /** The feed with only the regelingen the check is about (no information items, nothing ended). */
  private source(): CheckSource | undefined {
    const feed = this.feed();
    return feed && { ...feed, regelingen: feed.regelingen.filter(inCheck) };
  }

  get showResults(): boolean {
    return this.stage === 'results';
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

  outcome(): CheckOutcome | undefined {
    const source = this.source();
    if (!source) return undefined;
    const results = evaluateAnswers(source.regelingen, this.answers, source.norms);
    return { results, groups: groupResults(results), steps: nextSteps(results, source.publisher), shared: sharedConditionIds(source.regelingen) };
  }

  /** Opens the check: on the results when saved answers already answer everything. */
  start(): void {
    this.goTo(0);
    if (this.complete) this.stage = 'results';
  }

  goTo(step: number): void {
    this.step = Math.max(0, step);
    this.stage = 'questions';
    this.editing = false;
    this.problem = undefined;
    this.inline = undefined;
    this.host.requestUpdate();
  }

  /** Changes one answer from the review page, then returns there. */
  edit(id: QuestionId): void {
    const index = this.path.findIndex((q) => q.id === id);
    this.goTo(Math.max(0, index));
    this.editing = true;
  }

  review(): void {
    this.stage = 'review';
    this.editing = false;
    this.problem = undefined;
    this.inline = undefined;
    this.host.requestUpdate();
  }

  showOutcome(): void {
    this.stage = 'results';
    this.editing = false;
    this.inline = undefined;
    this.host.requestUpdate();
  }

  /** Takes the answer to a question: the next step, the review page, the results, or what is wrong. */
  submit(question: Question, input: AnswerInput): 'next' | 'review' | 'done' | 'invalid' {
    if (!this.take(question, input, (problem) => (this.problem = problem))) return 'invalid';
    this.problem = undefined;
    const path = this.path;
    const index = path.findIndex((q) => q.id === question.id);
    if (this.editing) {
      // After a change from the review page, questions the new answer opens are asked first.
      const open = path.findIndex((q, i) => i > index && !(q.id in this.answers));
      if (open < 0) {
        this.review();
        return 'review';
      }
      this.step = open;
    } else if (index + 1 >= path.length) {
      if (path.length >= REVIEW_FROM) {
        this.review();
        return 'review';
      }
      this.showOutcome();
      return 'done';
    } else {
      this.step = index + 1;
    }
    this.stage = 'questions';
    this.host.requestUpdate();
    return 'next';
  }

  /** Opens a question inside a result of the results page; one at a time. */
  openInline(regeling: string, question: QuestionId): void {
    this.inline = { regeling, question };
    this.host.requestUpdate();
  }

  closeInline(): void {
    this.inline = undefined;
    this.host.requestUpdate();
  }

  /** Takes the answer given inside a result; the results update in place. */
  submitInline(input: AnswerInput): boolean {
    const open = this.inline;
    if (!open) return false;
    const question = questionById(open.question);
    const ok = this.take(question, input, (problem) => (this.inline = { ...open, problem }));
    if (ok) this.inline = undefined;
    this.host.requestUpdate();
    return ok;
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

  private take(question: Question, input: AnswerInput, refuse: (problem: AnswerProblem) => void): boolean {
    const parsed = parseAnswer(question, input, this.answers);
    if (!parsed.ok) {
      refuse(parsed);
      this.host.requestUpdate();
      return false;
    }
    this.answers = { ...this.answers, [question.id]: parsed.value };
    if (this.saved) this.persist();
    return true;
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
