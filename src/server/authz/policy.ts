import { ACTIONS, type Action } from '../../common/abilities.js';
import type { Role } from '../../common/roles.js';

/** Who is asking: a member acting in their active organization. */
export interface Actor {
  userId: number;
  organizationId: number;
  role: Role;
  label: string;
}

type Rule = (actor: Actor) => boolean;

const anyMember: Rule = () => true;
const admin: Rule = (actor) => actor.role === 'admin';

/**
 * The one table of who may do what. Anything not listed is denied. Rules about a
 * particular target (own record, last admin) live with the service that loads it.
 */
const POLICY: Record<Action, Rule> = {
  'dashboard.view': anyMember,
  'dashboard.viewMemberCount': admin,
  /** Seats in use over time and forecasts: what every member already sees as today's figures. */
  'usage.view': anyMember,
  'licenses.view': anyMember,
  'licenses.revealKey': anyMember,
  'licenses.activate': admin,
  'licenses.diagnose': anyMember,
  'licenses.assign': admin,
  'licenses.requestRenewal': admin,
  'activations.view': anyMember,
  'activations.deactivate': admin,
  'activations.export': admin,
  'downloads.view': anyMember,
  'members.view': anyMember,
  'members.manage': admin,
  'audit.view': anyMember,
  'audit.export': admin,
  'audit.verify': admin,
  'account.manage': anyMember,
  'support.contact': anyMember,
  // Single sign-on and SCIM (docs/sso.md): members see how they sign in; Admins change it.
  'sso.view': anyMember,
  'sso.manage': admin,
};

export function can(actor: Actor, action: Action): boolean {
  const rule = POLICY[action] as Rule | undefined;
  return rule ? rule(actor) : false;
}

export function abilitiesOf(actor: Actor): Action[] {
  return ACTIONS.filter((action) => can(actor, action));
}
