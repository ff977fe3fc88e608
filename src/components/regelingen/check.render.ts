/** The check as one view: a question, "Controleer uw antwoorden", or the results. */
import { html, type TemplateResult } from 'lit';
import { incomeLimit, type Question } from '../../core/check.js';
import type { RegelingenFeed } from '../../core/schemas/regelingen.js';
import type { RenderContext } from './card.render.js';
import type { CheckController } from './check-controller.js';
import { answerProblemMessage, questionText, reviewView, stepView, type QuestionContext } from './question.render.js';
import { resultsView } from './results.render.js';

/** What the element does when the resident acts in the check. */
export interface CheckActions {
  onStepSubmit: (event: SubmitEvent, question: Question) => void;
  onBack: (step: number) => void;
  onReview: () => void;
  onEdit: (question: Question) => void;
  onConfirm: () => void;
  onRestart: () => void;
  onSaveChange: (save: boolean) => void;
  onAnswerHere: (regeling: string, question: Question) => void;
  onInlineSubmit: (event: SubmitEvent) => void;
  onInlineCancel: () => void;
}

/** The check in its current stage: a question, "Controleer uw antwoorden", or the results. */
export function checkView(
  check: CheckController,
  feed: RegelingenFeed,
  ctx: RenderContext,
  q: QuestionContext,
  actions: CheckActions,
  reveal?: string,
): TemplateResult {
  const path = check.path;
  const textOf = (question: Question) => questionText(question, { ...q, limit: incomeLimit(feed.norms, check.answers) });
  const outcome = check.stage === 'results' || path.length === 0 ? check.outcome() : undefined;
  if (outcome) {
    return resultsView({
      outcome,
      feed,
      ctx,
      answers: check.answers,
      inline: check.inline,
      textOf,
      saved: check.saved,
      saveFailed: check.saveFailed,
      onReview: actions.onReview,
      onRestart: actions.onRestart,
      onSaveChange: actions.onSaveChange,
      onAnswerHere: actions.onAnswerHere,
      onInlineSubmit: actions.onInlineSubmit,
      onInlineCancel: actions.onInlineCancel,
      reveal,
    });
  }
  if (check.stage === 'review') {
    return reviewView({ path, answers: check.answers, textOf, q, onEdit: actions.onEdit, onConfirm: actions.onConfirm });
  }
  const step = Math.min(check.step, path.length - 1);
  const question = path[step]!;
  return html`${stepView({
    question,
    text: textOf(question),
    number: step + 1,
    answers: check.answers,
    level: q.level,
    error: check.problem ? answerProblemMessage(question, check.problem) : undefined,
    editing: check.editing,
    onSubmit: (event) => actions.onStepSubmit(event, question),
    onBack: () => actions.onBack(step - 1),
    onReview: actions.onReview,
  })}`;
}
