import { sql } from 'kysely';
import type { MemberSearchScope } from '../../../common/members-api.js';
import type { SortDirection } from '../../../common/page.js';
import type { Role } from '../../../common/roles.js';
import type { Db } from '../../db/database.js';
import type { NewRow } from '../../db/schema.js';
import { containsText, keysetPage, type KeysetPosition } from '../../db/list-queries.js';

export interface MemberFilters {
  role?: Role;
  search?: { scope: MemberSearchScope; text: string };
}

export const MEMBER_SORT_SQL = {
  firstName: 'users.first_name',
  lastName: 'users.last_name',
  email: 'users.email',
  role: 'memberships.role',
} as const;

function membersOf(db: Db, organizationId: number) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select([
      'users.id as userId',
      'users.first_name as firstName',
      'users.last_name as lastName',
      'users.email',
      'users.phone',
      'memberships.role',
      'memberships.created_at as joinedAt',
    ])
    .where('memberships.organization_id', '=', organizationId);
}

export function listMembers(
  db: Db,
  organizationId: number,
  filters: MemberFilters,
  order: {
    sortBy: (typeof MEMBER_SORT_SQL)[keyof typeof MEMBER_SORT_SQL];
    direction: SortDirection;
  },
  position: KeysetPosition | undefined,
  pageSize: number,
) {
  let query = membersOf(db, organizationId);
  if (filters.role) query = query.where('memberships.role', '=', filters.role);
  const search = filters.search;
  if (search?.scope === 'name') {
    query = query.where(
      containsText(sql<string>`users.first_name || ' ' || users.last_name`, search.text),
    );
  } else if (search?.scope === 'email') {
    query = query.where((eb) => containsText(eb.ref('users.email'), search.text));
  } else if (search?.scope === 'phone') {
    query = query.where((eb) => containsText(eb.ref('users.phone'), search.text));
  }
  return keysetPage(
    query,
    { sortBy: order.sortBy, id: 'users.id', direction: order.direction },
    position,
    pageSize,
  ).execute();
}

export function findMember(db: Db, organizationId: number, userId: number) {
  return membersOf(db, organizationId).where('users.id', '=', userId).executeTakeFirst();
}

export async function countAdmins(db: Db, organizationId: number): Promise<number> {
  const row = await db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('organization_id', '=', organizationId)
    .where('role', '=', 'admin')
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function setMemberRole(db: Db, organizationId: number, userId: number, role: Role) {
  await db
    .updateTable('memberships')
    .set({ role })
    .where('organization_id', '=', organizationId)
    .where('user_id', '=', userId)
    .execute();
}

export async function deleteMembership(db: Db, organizationId: number, userId: number) {
  await db
    .deleteFrom('memberships')
    .where('organization_id', '=', organizationId)
    .where('user_id', '=', userId)
    .execute();
}

export async function insertMembership(
  db: Db,
  organizationId: number,
  userId: number,
  role: Role,
  now: string,
) {
  await db
    .insertInto('memberships')
    .values({ organization_id: organizationId, user_id: userId, role, created_at: now })
    .execute();
}

export function findUserByEmail(db: Db, email: string) {
  return db
    .selectFrom('users')
    .select(['id', 'first_name', 'last_name', 'email'])
    .where('email', '=', email)
    .executeTakeFirst();
}

/** Gives an account the phone number its invitation carried, unless it has one already (true when saved). */
export async function fillMissingPhone(
  db: Db,
  userId: number,
  phone: string,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ phone, updated_at: now })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('phone', 'is', null), eb('phone', '=', '')]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** A new account, made when someone accepts an invitation without one. */
export function insertUser(db: Db, values: NewRow<'users'>) {
  return db.insertInto('users').values(values).returning('id').executeTakeFirstOrThrow();
}
