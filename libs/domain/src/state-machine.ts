/**
 * One shape for every status a row moves through (bookings, batches, objections, and the features to come):
 * named events, the states each may start from, the state it leads to, and Chinese labels for the refusal.
 * The API pairs a machine with its compare-and-set helper: the machine decides, the UPDATE … WHERE version = ? guards.
 */
import { DomainError } from './errors';

export interface TransitionDef<S extends string> {
  from: readonly S[];
  to: S;
  /** A more helpful refusal than the generic one, for particular starting states. */
  refusals?: Partial<Readonly<Record<S, string>>>;
}

export interface StateMachineDef<S extends string, E extends string> {
  /** What the rows are, for messages ("该预约…"). */
  subject: string;
  /** The error code of a refused event (the API's `extensions.code`); INVALID_TRANSITION unless a module has its own. */
  code?: string;
  states: Readonly<Record<S, string>>;
  /** The verb of each event, for messages ("不能再接受"). */
  events: Readonly<Record<E, string>>;
  transitions: Readonly<Record<E, TransitionDef<S>>>;
}

export interface StateMachine<S extends string, E extends string> {
  readonly def: StateMachineDef<S, E>;
  /** The state after `event`; throws DomainError('INVALID_TRANSITION') when the event cannot happen in `state`. */
  next(state: S, event: E): S;
  can(state: S, event: E): boolean;
  /** The events possible in `state`, in declaration order. */
  eventsFrom(state: S): E[];
  label(state: S): string;
}

export function defineStateMachine<S extends string, E extends string>(def: StateMachineDef<S, E>): StateMachine<S, E> {
  const can = (state: S, event: E) => def.transitions[event].from.includes(state);
  return {
    def,
    can,
    next(state, event) {
      if (!can(state, event)) {
        const message = def.transitions[event].refusals?.[state] ?? `${def.subject}${def.states[state]}，不能再${def.events[event]}`;
        throw new DomainError(def.code ?? 'INVALID_TRANSITION', message, { status: state, event });
      }
      return def.transitions[event].to;
    },
    eventsFrom: (state) => (Object.keys(def.transitions) as E[]).filter((e) => can(state, e)),
    label: (state) => def.states[state],
  };
}
