import { DisputeStatus as S } from '../dispute/dispute.entity';

/** What can be done to a dispute; each moves it from some states to one state. */
export enum DisputeAction {
  assess = 'assess',
  start_mediation = 'start_mediation',
  resolve = 'resolve',
  transfer = 'transfer',
  escalate = 'escalate',
  transfer_returned = 'transfer_returned',
  transfer_resolved = 'transfer_resolved',
  reopen = 'reopen',
}

interface Transition {
  from: readonly S[];
  to: S;
  label: string;
}

/**
 * The lifecycle: registered → assessed → in mediation → resolved | transferred | escalated;
 * a transfer's outcome comes back (resolved there, or returned to mediation); a resolved
 * dispute reopens when it recurs and goes through assessment again.
 */
export const TRANSITIONS: Readonly<Record<DisputeAction, Transition>> = {
  [DisputeAction.assess]: { from: [S.registered], to: S.assessed, label: '研判' },
  [DisputeAction.start_mediation]: { from: [S.assessed], to: S.in_mediation, label: '开始调解' },
  [DisputeAction.resolve]: { from: [S.in_mediation], to: S.resolved, label: '化解办结' },
  [DisputeAction.transfer]: { from: [S.assessed, S.in_mediation], to: S.transferred, label: '移交三调联动' },
  [DisputeAction.escalate]: { from: [S.assessed, S.in_mediation], to: S.escalated, label: '升级转办' },
  [DisputeAction.transfer_returned]: { from: [S.transferred], to: S.in_mediation, label: '移交退回' },
  [DisputeAction.transfer_resolved]: { from: [S.transferred], to: S.resolved, label: '移交化解' },
  [DisputeAction.reopen]: { from: [S.resolved], to: S.registered, label: '复发重启' },
};

export const STATUS_LABELS: Readonly<Record<S, string>> = {
  [S.registered]: '已登记',
  [S.assessed]: '已研判',
  [S.in_mediation]: '调解中',
  [S.resolved]: '已化解',
  [S.transferred]: '已移交',
  [S.escalated]: '已升级',
};

export type TransitionCheck = { ok: true; to: S } | { ok: false; code: 'DISPUTE_ILLEGAL_TRANSITION'; message: string };

/** Whether `action` may be applied in `status`; the refusal names both in Chinese. */
export function checkTransition(status: S, action: DisputeAction): TransitionCheck {
  const t = TRANSITIONS[action];
  if (t.from.includes(status)) return { ok: true, to: t.to };
  const allowed = t.from.map((s) => `「${STATUS_LABELS[s]}」`).join('或');
  return {
    ok: false,
    code: 'DISPUTE_ILLEGAL_TRANSITION',
    message: `纠纷当前状态为「${STATUS_LABELS[status]}」，不能「${t.label}」（仅限${allowed}状态）`,
  };
}

/** Actions available from a status, for the console's buttons. */
export const actionsFrom = (status: S): DisputeAction[] => (Object.keys(TRANSITIONS) as DisputeAction[]).filter((a) => TRANSITIONS[a].from.includes(status));

export const isOpen = (status: S): boolean => status === S.registered || status === S.assessed || status === S.in_mediation;
