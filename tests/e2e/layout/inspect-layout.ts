import type { Page } from 'playwright-core';
import { axeOn } from '../support/axe';

const BUSY =
  '[aria-busy="true"], .mantine-Loader-root, .mantine-Skeleton-root[data-visible="true"]';

/** Until nothing loads (spinner, skeleton, busy table) and every transition has ended. */
export async function settle(page: Page): Promise<void> {
  try {
    await page.waitForFunction(
      (busy) =>
        document.querySelector('main h1, h1') !== null &&
        !document.querySelector(busy) &&
        document
          .getAnimations()
          .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
      BUSY,
    );
  } catch (error) {
    // Say what never settled: a loader that stays is a defect of its own.
    const still = await page
      .evaluate((busy) => {
        const element = document.querySelector(busy);
        if (element) return `still loading: ${element.outerHTML.slice(0, 160)}`;
        if (!document.querySelector('main h1, h1')) return 'no h1 on the page';
        const running = document
          .getAnimations()
          .filter((a) => a.playState === 'running')
          .map((a) => (a.effect as KeyframeEffect | null)?.target?.outerHTML.slice(0, 100));
        return `animations still running: ${running.join(', ')}`;
      }, BUSY)
      .catch(() => 'unknown');
    throw new Error(`The page did not settle (${still}): ${String(error).split('\n')[0]}`);
  }
}

/** The axe rules whose verdict depends on colours: the only ones a change of scheme can change. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Axe over the page, or only over what was opened on top of it (a dialog, menu or popover in
 * Mantine's portal): the page beneath is its own surface, and axe is the slowest step.
 * `colours` runs only the rules that a change of colour scheme can change.
 */
export async function axeViolations(
  page: Page,
  opened: boolean,
  rules: 'all' | 'colours',
): Promise<string[]> {
  const layer = opened && (await page.locator('[data-portal] :visible').count()) > 0;
  let axe = axeOn(page);
  if (layer) axe = axe.include('[data-portal]');
  if (rules === 'colours') axe = axe.withRules(COLOUR_RULES);
  const { violations } = await axe.analyze();
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `axe ${violation.id}: ${violation.help} (${node.target.join(' ')})`,
    ),
  );
}

/**
 * The layout defects a customer would see, found in the page as rendered. Runs in the
 * browser (no imports): what it returns is a list of sentences, empty when all is well.
 */
export function layoutDefects(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const defects: string[] = [];
    const viewport = { width: document.documentElement.clientWidth, height: window.innerHeight };
    const describe = (element: Element) => {
      const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      const label = element.getAttribute('aria-label');
      return `<${element.tagName.toLowerCase()}${label ? ` aria-label="${label}"` : ''}>${text ? ` "${text}"` : ''}`;
    };
    const visible = (element: Element) => {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      // 1 px boxes are text for screen readers only (VisuallyHidden), cut on purpose.
      return (
        box.width > 1 &&
        box.height > 1 &&
        style.visibility !== 'hidden' &&
        element.closest('[aria-hidden="true"]') === null
      );
    };

    // The page itself never scrolls sideways (a wide table scrolls inside its own frame).
    if (document.documentElement.scrollWidth > viewport.width + 1) {
      defects.push(
        `the page is ${document.documentElement.scrollWidth}px wide in a ${viewport.width}px window`,
      );
    }

    // Dialogs and drawers fit the window, and their last control can be scrolled to and seen.
    const dialogs = [...document.querySelectorAll('[role="dialog"], [role="alertdialog"]')].filter(
      visible,
    );
    const focusable =
      'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select, textarea, [tabindex]:not([tabindex="-1"])';
    // The top layer's last control is marked; lastControlReachable scrolls to it as a person would.
    const markLast = (container: Element, what: string) => {
      const last = [...container.querySelectorAll(focusable)].filter(visible).at(-1);
      last?.setAttribute('data-layout-last', what);
    };
    const nameOf = (dialog: Element) =>
      `the dialog ${describe(dialog.querySelector('h1, h2, [id$="-title"]') ?? dialog)}`;
    for (const dialog of dialogs) {
      const box = dialog.getBoundingClientRect();
      if (box.width > viewport.width + 1 || box.left < -1 || box.right > viewport.width + 1) {
        defects.push(
          `${nameOf(dialog)} is ${Math.round(box.width)}px wide in a ${viewport.width}px window`,
        );
      }
      // On a wide window a panel or modal leaves the page beside it: one as wide as the window
      // is an unstyled sheet (a Mantine stylesheet that is not loaded).
      if (viewport.width >= 1024 && box.width >= viewport.width - 1) {
        defects.push(`${nameOf(dialog)} covers the whole ${viewport.width}px window`);
      }
    }
    // Only the top layer can be used: the newest dialog, else the phone's open navigation, else the page.
    const main = document.querySelector('main');
    const nav = document.querySelector('nav');
    const navCoversMain =
      main &&
      nav &&
      visible(nav) &&
      nav.getBoundingClientRect().right > main.getBoundingClientRect().left + 1;
    // The top dialog is the one painted over the others (z-index, not DOM order): its middle is its own.
    const onTop = dialogs.filter((dialog) => {
      const box = dialog.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return hit !== null && dialog.contains(hit);
    });
    const top = onTop.at(-1) ?? dialogs.at(-1);
    document
      .querySelectorAll('[data-layout-last]')
      .forEach((element) => element.removeAttribute('data-layout-last'));
    if (top) markLast(top, nameOf(top));
    else if (navCoversMain) markLast(nav, 'the navigation');
    else if (main) markLast(main, 'the page');

    // Text cut off (ellipsis, clipped or clamped) must be readable another way: a title.
    for (const element of document.body.querySelectorAll('*')) {
      if (!visible(element)) continue;
      const style = getComputedStyle(element);
      const ownText = [...element.childNodes].some(
        (node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '',
      );
      const clipsX =
        style.textOverflow === 'ellipsis' || (ownText && /hidden|clip/.test(style.overflowX));
      const clampsY = style.webkitLineClamp !== 'none' && style.webkitLineClamp !== '';
      const cut =
        (clipsX && element.scrollWidth > element.clientWidth + 1) ||
        (clampsY && element.scrollHeight > element.clientHeight + 1);
      if (cut && !element.closest('[title]'))
        defects.push(`text is cut off without a title: ${describe(element)}`);
    }

    // A placeholder wider than its empty field: the hint it gives is cut off and has no title.
    const measure = document.createElement('canvas').getContext('2d')!;
    for (const input of document.body.querySelectorAll<HTMLInputElement>('input[placeholder]')) {
      if (!visible(input) || input.value !== '') continue;
      const style = getComputedStyle(input);
      measure.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room =
        input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      if (measure.measureText(input.placeholder).width > room + 1)
        defects.push(`the placeholder "${input.placeholder}" is cut off: ${describe(input)}`);
    }

    // A long word (a hash, a key) broken so that one or two characters sit alone on a line.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const word = /\S{16,}$/.exec(text.trimEnd());
      if (!word || !node.parentElement || !visible(node.parentElement)) continue;
      // Japanese (and Chinese) text has no spaces and breaks between any two characters: a
      // short last line is how it is set, not a long word cut apart.
      if (/[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/.test(word[0])) continue;
      const end = text.trimEnd().length;
      const lineOf = (offset: number) => {
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        return range.getBoundingClientRect().top;
      };
      if (Math.abs(lineOf(end - 3) - lineOf(end - 1)) > 2) {
        defects.push(`"${word[0].slice(-12)}" breaks with its last characters alone on a line`);
      }
    }
    return defects;
  });
}

/**
 * Scrolls with the mouse wheel over the top layer (a dialog, the open navigation or the page)
 * until its last control (marked by layoutDefects) is in view and not covered, as a person
 * would: a programmatic scroll would reach content that a scroll lock keeps out of reach.
 */
export async function lastControlReachable(page: Page): Promise<string[]> {
  const last = page.locator('[data-layout-last]');
  if ((await last.count()) === 0) return [];
  const what = await last.getAttribute('data-layout-last');
  const state = () =>
    last.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const container = element.closest('[role="dialog"], nav, main')!.getBoundingClientRect();
      const height = window.innerHeight;
      const width = document.documentElement.clientWidth;
      const x = Math.min(Math.max(box.left + box.width / 2, 0), width - 1);
      const y = Math.min(Math.max(box.top + box.height / 2, 0), height - 1);
      const hit = document.elementFromPoint(x, y);
      const inView =
        box.top >= -1 && box.bottom <= height + 1 && box.left >= -1 && box.right <= width + 1;
      return {
        seen: inView && hit !== null && (hit === element || element.contains(hit)),
        top: Math.round(box.top),
        // Where the wheel turns: the middle of the layer's part inside the window.
        x: (Math.max(container.left, 0) + Math.min(container.right, width)) / 2,
        y: (Math.max(container.top, 0) + Math.min(container.bottom, height)) / 2,
      };
    });
  let before = await state();
  for (let turn = 0; turn < 20 && !before.seen; turn++) {
    await page.mouse.move(before.x, before.y);
    await page.mouse.wheel(0, 400);
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    const after = await state();
    if (after.top === before.top && !after.seen) break; // the wheel moves nothing
    before = after;
  }
  return before.seen
    ? []
    : [
        `${what}: its last control ${await last.evaluate((e) => e.outerHTML.slice(0, 80))} cannot be scrolled into view`,
      ];
}

const INTERACTIVE_ROLES = new Set([
  'button',
  'link',
  'textbox',
  'searchbox',
  'checkbox',
  'radio',
  'combobox',
  'listbox',
  'menuitem',
  'menuitemcheckbox',
  'menuitemradio',
  'tab',
  'switch',
  'slider',
  'spinbutton',
  'option',
  'treeitem',
]);

/** Controls a screen reader would announce without a name, from Chromium's accessibility tree. */
export async function unnamedControls(page: Page): Promise<string[]> {
  const session = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await session.send('Accessibility.getFullAXTree')) as {
      nodes: {
        ignored: boolean;
        role?: { value: string };
        name?: { value: string };
        backendDOMNodeId?: number;
      }[];
    };
    const unnamed = nodes.filter(
      (node) =>
        !node.ignored &&
        INTERACTIVE_ROLES.has(node.role?.value ?? '') &&
        !(node.name?.value ?? '').trim(),
    );
    return Promise.all(
      unnamed.map(async (node) => {
        const { node: dom } = (await session.send('DOM.describeNode', {
          backendNodeId: node.backendDOMNodeId!,
        })) as {
          node: { localName: string; attributes?: string[] };
        };
        return `a ${node.role!.value} has no accessible name: <${dom.localName} ${(dom.attributes ?? []).join(' ').slice(0, 120)}>`;
      }),
    );
  } finally {
    await session.detach();
  }
}
