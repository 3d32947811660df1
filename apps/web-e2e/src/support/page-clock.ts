// The page's own clock for timing screens (screens-large.e2e-spec.ts): from a navigation's start
// or an input event to the first frame that shows the answer. What a person waits, without
// Playwright's actionability checks, its round trips to the browser and its polling, which add
// 40–130 ms to a step timed around it.
import type { Page } from 'playwright-core';

/**
 * What the page shows once an interaction is answered, checked in the page on every frame. A
 * plain value: it crosses to the page with the predicate below.
 */
export interface Answered {
  /** An element matching one of these selectors exists. */
  present?: string[];
  /** The element's text is no longer `from`. */
  changed?: { selector: string; from: string };
  /** No element matching `selector` has the text `text`. */
  noneWithText?: { selector: string; text: string };
  /** An element matching `selector` has text starting with `prefix`. */
  textStarts?: { selector: string; prefix: string };
  /** The last element matching `row` is in view inside `scroller`. */
  lastInView?: { row: string; scroller: string };
  /** Nothing on the page says it is busy. */
  settled?: boolean;
}

interface ClockWindow {
  __stintInputAt?: number;
  __stintStopListening?: () => void;
  __stintFirstContentAt?: Record<string, number>;
}

/**
 * Runs in the page on every animation frame: once an input event has come and `answered` holds,
 * the page's clock at that frame. Self-contained, since Playwright sends its source.
 */
function answeredAt(answered: Answered): number | false {
  const input = (window as unknown as ClockWindow).__stintInputAt;
  if (input === undefined) return false;
  if (answered.present && !answered.present.some((s) => document.querySelector(s))) return false;
  const changed = answered.changed;
  if (changed && document.querySelector(changed.selector)?.textContent === changed.from)
    return false;
  const starts = answered.textStarts;
  if (
    starts &&
    ![...document.querySelectorAll(starts.selector)].some((e) =>
      e.textContent?.startsWith(starts.prefix),
    )
  )
    return false;
  const none = answered.noneWithText;
  if (
    none &&
    [...document.querySelectorAll(none.selector)].some((e) => e.textContent === none.text)
  )
    return false;
  if (answered.lastInView) {
    const rows = document.querySelectorAll(answered.lastInView.row);
    const last = rows[rows.length - 1];
    const scroller = document.querySelector(answered.lastInView.scroller);
    if (!last || !scroller) return false;
    if (last.getBoundingClientRect().top >= scroller.getBoundingClientRect().bottom) return false;
  }
  if (answered.settled && document.querySelector('[aria-busy="true"]')) return false;
  // window's: in the test file, `performance` may be node:perf_hooks' (not in the page).
  return window.performance.now();
}

/**
 * Starts the page's clock at the next input event and resolves with the milliseconds from it to
 * the first frame at which the page shows `answered`. Call it before the action; the action's
 * own waits are not needed (this is one). A click's own scrolling (Playwright scrolls its target
 * into view) is not the input, so a scroll counts only for a step that scrolls (`lastInView`).
 */
export async function answeredAfterInput(
  page: Page,
  answered: Answered,
): Promise<() => Promise<number>> {
  const types = answered.lastInView ? ['scroll'] : ['pointerdown', 'keydown', 'change'];
  await page.evaluate((inputs) => {
    const w = window as unknown as ClockWindow;
    w.__stintStopListening?.();
    w.__stintInputAt = undefined;
    const onInput = (event: Event) => {
      w.__stintInputAt ??= event.timeStamp;
    };
    for (const type of inputs) document.addEventListener(type, onInput, { capture: true });
    w.__stintStopListening = () => {
      for (const type of inputs) document.removeEventListener(type, onInput, { capture: true });
    };
  }, types);
  const at = page
    .waitForFunction(answeredAt, answered, { polling: 'raf', timeout: 30_000 })
    .then((handle) => handle.jsonValue() as Promise<number>);
  // A failing action fails the test; its abandoned wait is not reported a second time.
  at.catch(() => undefined);
  return async () => {
    const answeredMs = await at;
    const input = await page.evaluate(() => (window as unknown as ClockWindow).__stintInputAt);
    return answeredMs - (input ?? NaN);
  };
}

/**
 * From the next document this page loads on: the page's clock (0 = the navigation's start) at
 * the first frame that holds an element matching `selector`. Call before navigating.
 */
export async function watchFirstContent(
  page: Page,
  selector: string,
): Promise<() => Promise<number>> {
  await page.addInitScript((watched) => {
    const w = window as unknown as ClockWindow;
    const seen = (w.__stintFirstContentAt ??= {});
    const frame = () => {
      if (document.querySelector(watched)) seen[watched] = window.performance.now();
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }, selector);
  return () =>
    page.evaluate(
      (watched) => (window as unknown as ClockWindow).__stintFirstContentAt?.[watched] ?? NaN,
      selector,
    );
}

interface BusyWindow {
  __stintLongTasks?: { start: number; end: number }[];
}

/**
 * From the next document this page loads on: records its long tasks (main-thread work of 50 ms
 * or more, which delays input and a navigation away). Resolves with the page's clock at the end
 * of the last one, and their total, up to now.
 */
export async function watchLongTasks(
  page: Page,
): Promise<() => Promise<{ busyUntil: number; longTaskMs: number }>> {
  await page.addInitScript(() => {
    const w = window as unknown as BusyWindow;
    const tasks: { start: number; end: number }[] = (w.__stintLongTasks = []);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        tasks.push({ start: e.startTime, end: e.startTime + e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  return () =>
    page.evaluate(() => {
      const tasks = (window as unknown as BusyWindow).__stintLongTasks ?? [];
      return {
        busyUntil: Math.max(0, ...tasks.map((t) => t.end)),
        longTaskMs: tasks.reduce((sum, t) => sum + t.end - t.start, 0),
      };
    });
}

/**
 * From the next document this page loads on: the page's clock at the first frame at which every
 * chart card is drawn (none busy, each with its drawing, its table or its message). Call before
 * navigating; the function it resolves with waits for that frame.
 */
export async function watchChartsDrawn(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const w = window as unknown as ClockWindow;
    const seen = (w.__stintFirstContentAt ??= {});
    const drawn = () => {
      const cards = [...document.querySelectorAll('.chart-card')];
      return (
        cards.length > 0 &&
        cards.every(
          (card) =>
            card.getAttribute('aria-busy') !== 'true' &&
            card.querySelector(
              '.chart-card__chart svg, .chart-card__chart table, .chart-card__message',
            ),
        )
      );
    };
    const frame = () => {
      if (drawn()) seen['charts drawn'] = window.performance.now();
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  // Waits for that frame (30 s at most).
  return () =>
    page
      .waitForFunction(
        () => (window as unknown as ClockWindow).__stintFirstContentAt?.['charts drawn'],
        undefined,
        { timeout: 30_000 },
      )
      .then((handle) => handle.jsonValue() as Promise<number>);
}
