import { Anchor, type AnchorProps } from '@mantine/core';
import { Link, type LinkProps } from '@tanstack/react-router';
import type { ReactNode } from 'react';

interface FilteredLinkProps extends AnchorProps {
  /** A section's path. */
  path: string;
  /** The list's URL filters (the parameters its use-url-filters reads). */
  search?: Record<string, string>;
  'aria-label'?: string;
  children: ReactNode;
}

/** A link into a list, already filtered: the router's route types list no search parameters, so they are passed through here. */
export function FilteredLink({ path, search, children, ...anchor }: FilteredLinkProps) {
  return (
    <Anchor
      {...anchor}
      renderRoot={(props) => (
        <Link to={path as LinkProps['to']} search={search as never} {...props} />
      )}
    >
      {children}
    </Anchor>
  );
}
