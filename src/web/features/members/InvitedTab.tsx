import { Badge, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import type { InvitationItem } from '../../../common/members-api';
import { useInvitations } from './api/invitations';
import { useSession } from '../../api/session';
import { DateTime } from '../../components/DateTime';
import { ListTable } from '../../components/ListTable';
import { PagedList } from '../../components/PagedList';
import { RoleBadge } from '../../components/RoleBadge';
import { SearchInput } from '../../components/SearchInput';
import { useCursorPages } from '../../components/use-cursor-pages';
import { InvitationActions } from './InvitationActions';
import type { MemberFilters, MemberUrlFilters } from './member-filters';
import { RoleFilter } from './RoleFilter';
import { useTranslation } from 'react-i18next';

function Status({ invitation }: { invitation: InvitationItem }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Badge
        variant="dot"
        color={invitation.status === 'expired' ? 'orange' : 'teal'}
        tt="none"
        fw={500}
      >
        {t(invitation.status === 'expired' ? 'members.invited.expired' : 'members.invited.pending')}
      </Badge>
      <Text size="xs" c="dimmed">
        {t(
          invitation.status === 'expired'
            ? 'members.invited.expiredOn'
            : 'members.invited.expiresOn',
        )}{' '}
        <DateTime value={invitation.expiresAt} />
      </Text>
    </Stack>
  );
}

/** Invitations not yet accepted: Added On, Email, Role, with role filter and email search. */
export function InvitedTab({
  filters,
  onFiltersChange,
}: {
  filters: MemberFilters;
  onFiltersChange: (patch: MemberUrlFilters) => void;
}) {
  const { abilities } = useSession();
  const { t } = useTranslation();
  const { role, q, size } = filters;
  const pages = useCursorPages(JSON.stringify([role, q, size]));
  const invitations = useInvitations({ role, q, cursor: pages.cursor, limit: size });

  const columns: DataTableColumn<InvitationItem>[] = [
    {
      accessor: 'addedAt',
      title: t('members.invited.addedOn'),
      render: (invitation) => <DateTime value={invitation.addedAt} />,
    },
    { accessor: 'email', title: t('members.columns.email') },
    {
      accessor: 'role',
      title: t('members.columns.role'),
      render: (invitation) => <RoleBadge role={invitation.role} />,
    },
    {
      accessor: 'status',
      title: t('members.invited.status'),
      render: (invitation) => <Status invitation={invitation} />,
    },
  ];
  if (abilities.includes('members.manage')) {
    columns.push({
      accessor: 'actions',
      title: <VisuallyHidden>{t('members.actions')}</VisuallyHidden>,
      textAlign: 'right',
      render: (invitation) => <InvitationActions invitation={invitation} />,
    });
  }

  return (
    <Stack gap="md">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <RoleFilter value={role} onChange={(next) => onFiltersChange({ role: next })} />
        <SearchInput
          placeholder={t('members.invited.searchPlaceholder')}
          value={q}
          onChange={(next) => onFiltersChange({ q: next })}
        />
      </Group>
      <PagedList
        label={t('members.invited.listLabel')}
        query={invitations}
        pages={pages}
        pageSize={size}
        onPageSizeChange={(next) => onFiltersChange({ size: String(next) })}
        errorTitle={t('members.invited.loadFailed')}
      >
        {(rows) => (
          <ListTable
            label={t('members.invited.label')}
            columns={columns}
            rows={rows}
            idAccessor="id"
            fetching={invitations.isFetching}
            empty={{
              title: t('members.invited.emptyTitle'),
              description:
                q || role ? t('members.invited.emptyFiltered') : t('members.invited.emptyNone'),
            }}
          />
        )}
      </PagedList>
    </Stack>
  );
}
