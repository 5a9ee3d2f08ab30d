import { AppShell, Container } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet } from '@tanstack/react-router';
import { PreferencesProvider } from '../components/PreferencesProvider';
import { SupportProvider } from '../components/SupportProvider';
import { NOT_YET, useRenderedLater } from '../components/use-rendered-later';
import { AppHeader } from './AppHeader';
import classes from './AppLayout.module.css';
import { PagePending } from './RouteFallbacks';
import { Sidebar } from './Sidebar';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';

const NAVBAR_WIDTH = 248;

/** The signed-in frame: header, sidebar and the current page. */
export function AppLayout() {
  const [navOpened, { toggle, close }] = useDisclosure(false);
  // The frame paints first and the first page renders right after as a transition, in slices
  // (decision 154): the router reveals both in one synchronous render otherwise.
  const pageShown = useRenderedLater(true) !== NOT_YET;
  return (
    <PreferencesProvider>
      <SupportProvider>
        <SkipLink />
        <AppShell
          header={{ height: 64 }}
          navbar={{ width: NAVBAR_WIDTH, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
          padding="lg"
        >
          <AppHeader navbarWidth={NAVBAR_WIDTH} navOpened={navOpened} onToggleNav={toggle} />
          <Sidebar onNavigate={close} />
          <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1} className={classes.main}>
            <Container size="xl" px={0}>
              {pageShown ? <Outlet /> : <PagePending />}
            </Container>
          </AppShell.Main>
        </AppShell>
      </SupportProvider>
    </PreferencesProvider>
  );
}
