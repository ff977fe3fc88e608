/**
 * What the core reports, as codes and values: never sentences. The components (and the data
 * check) turn a problem into a message in the interface language; see
 * src/components/shared/messages.ts.
 */

/** Why part of a feed was skipped or cleaned. `params` holds the values a message needs. */
export type ProblemCode =
  // The feed's shape, from its JSON Schema.
  | 'required' // { field }
  | 'unknown-field' // { field }
  | 'type' // { expected, actual }: JSON types ("string", "integer", "array", …)
  | 'enum' // { value, options }: options joined with ", "
  | 'const' // { expected }
  | 'shape' // { hint? }: none of the allowed forms (a level text, a source …)
  | 'pattern' // { hint? }
  | 'empty-text'
  | 'empty-list'
  | 'object-fields' // an object with too few or too many fields
  | 'duplicate-in-list'
  | 'too-small' // { min }
  | 'too-large' // { max }
  | 'too-long' // { max }: text or list longer than allowed
  | 'number-out-of-range' // a number JSON cannot hold (1e400)
  | 'too-deep' // { max }: nested deeper than any feed needs
  | 'too-many-values' // { max }: one item (or envelope field) holds more values than any feed needs
  | 'unreadable' // a value that cannot be read as JSON at all
  | 'invalid' // { keyword }: any other schema rule
  // Checks a schema cannot express.
  | 'duplicate-id' // { id }
  | 'unsafe-link' // { value }: not http(s) (mailto and tel have their own fields)
  | 'not-email' // { value }
  | 'not-phone' // { value }
  | 'unknown-fact' // { fact, known }: a rule reads an answer the check does not ask
  // Eligibility rules (JSON Logic).
  | 'rule-cycle'
  | 'rule-too-deep' // { max }
  | 'rule-too-large' // { max }
  | 'rule-empty-operation'
  | 'rule-many-keys' // { count, keys }
  | 'rule-unknown-operator' // { operator, allowed }
  | 'rule-arity' // { operator, min, max, count }: max is -1 for "no upper bound"
  | 'rule-var-name'
  | 'rule-bad-value'
  | 'rule-unreadable';

export type ProblemParams = Readonly<Record<string, string | number>>;

/** One thing wrong in a feed: where (a JSON Pointer into the feed) and what (a code). */
export interface FeedProblem {
  path: string;
  code: ProblemCode;
  params?: ProblemParams;
}

/** Why a whole feed could not be shown. Item problems are FeedProblems, not failures. */
export type FeedFailureKind = 'bad-url' | 'network' | 'http' | 'timeout' | 'not-json' | 'wrong-kind' | 'empty';

export interface FeedFailure {
  kind: FeedFailureKind;
  /** The feed's URL, when it came from one. */
  url?: string;
  /** The HTTP status, for `http`. */
  status?: number;
  /** The time waited, for `timeout`. */
  timeoutMs?: number;
  /** The kind of feed expected, for `wrong-kind`. */
  expected?: string;
  /** Technical detail for editors (a parser's or browser's own words), never shown as the message. */
  detail?: string;
}
