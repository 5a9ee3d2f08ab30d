import { Anchor, type AnchorProps } from '@mantine/core';
import { Link, type LinkProps } from '@tanstack/react-router';
import type { ReactNode } from 'react';

interface FilteredLinkProps extends AnchorProps {
  /** A section's path. */
  path: string;
  /** The list's URL filters, as its route's validateSearch reads them (src/web/search-params.ts). */
  search?: Record<string, string>;
  'aria-label'?: string;
  children: ReactNode;
}

/** A link into a list, already filtered; the path is chosen at run time, so its route's search type is not known here. */
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
