import { AppShell, Container } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet } from '@tanstack/react-router';
import { startTransition, useEffect, useState } from 'react';
import { PreferencesProvider } from '../components/PreferencesProvider';
import { SupportProvider } from '../components/SupportProvider';
import { NOT_YET, useRenderedLater } from '../components/use-rendered-later';
import { AppHeader } from './AppHeader';
import classes from './AppLayout.module.css';
import { SignedInPagePending } from './RouteFallbacks';
import { Sidebar } from './Sidebar';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';

const NAVBAR_WIDTH = 248;

/** The signed-in frame: header, sidebar and the current page. */
export function AppLayout() {
  const [navOpened, { toggle, close }] = useDisclosure(false);
  // The router reveals the frame in one synchronous render: the header and sidebar render
  // after it as a transition, in slices (0.1 s of a phone's main thread otherwise, decision
  // 162), and the first page after them, in slices too (decision 154). The shell makes room
  // for the fixed header and sidebar from the start, so nothing moves when they appear.
  const frameShown = useRenderedLater(true) !== NOT_YET;
  const [pageShown, setPageShown] = useState(false);
  useEffect(() => {
    if (frameShown) startTransition(() => setPageShown(true));
  }, [frameShown]);
  return (
    <PreferencesProvider>
      <SupportProvider>
        <SkipLink />
        <AppShell
          header={{ height: 64 }}
          navbar={{ width: NAVBAR_WIDTH, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
          padding="lg"
        >
          {frameShown && (
            <>
              <AppHeader navbarWidth={NAVBAR_WIDTH} navOpened={navOpened} onToggleNav={toggle} />
              <Sidebar onNavigate={close} />
            </>
          )}
          <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1} className={classes.main}>
            <Container size="xl" px={0}>
              {pageShown ? <Outlet /> : <SignedInPagePending />}
            </Container>
          </AppShell.Main>
        </AppShell>
      </SupportProvider>
    </PreferencesProvider>
  );
}
