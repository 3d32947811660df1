import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export const DEMO_PASSWORD = 'stint-demo';

/** GraphQL as a demo user, with a bearer token per account (one sign-in each). */
export class Api {
  private tokens = new Map<string, string>();
  constructor(private readonly url: string) {}

  async as(
    email: string,
    query: string,
    variables: Json = {},
  ): Promise<{ data?: Json; errors?: Json[] }> {
    let token = this.tokens.get(email);
    if (!token) {
      token = await this.login(email);
      this.tokens.set(email, token);
    }
    return this.post(token, query, variables);
  }

  /** Signs in once more (each sign-in is an audit event of its own). */
  async login(email: string): Promise<string> {
    const login = await this.post(
      undefined,
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { e: email, p: DEMO_PASSWORD },
    );
    return (login.data?.['login'] as { token: string }).token;
  }

  private async post(token: string | undefined, query: string, variables: Json = {}) {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: Json; errors?: Json[] };
  }
}

export async function signInAs(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  // Like a person, look at the page before acting: its screen has drawn its heading, so the
  // next click does not race the rendering of the screen signing in led to.
  await page.getByRole('main').getByRole('heading', { level: 1 }).first().waitFor();
}

/** The focused element's label (or aria-label, or text), as a keyboard user hears it. */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    if (!element) return '';
    const labelled =
      element.labels?.[0]?.textContent ??
      element.getAttribute('aria-label') ??
      element.textContent ??
      '';
    return labelled.trim();
  });
}

/** Presses Tab until the focused element's name matches, as a keyboard user would. */
export async function tabTo(page: Page, name: string | RegExp, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const label = await focusedName(page);
    if (typeof name === 'string' ? label === name : name.test(label)) return;
  }
  throw new Error(`Tab never reached ${String(name)}`);
}

/** axe's serious and critical WCAG 2.2 AA violations on the page, one line each. */
export async function seriousViolations(page: Page, what: string): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${what}: ${v.id} (${v.impact}) ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

/** The GraphQL operation names a page asks for, from now on. */
export function recordOperations(page: Page): string[] {
  const operations: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql') && request.method() === 'POST') {
      const body = request.postDataJSON() as { operationName?: string } | null;
      if (body?.operationName) operations.push(body.operationName);
    }
  });
  return operations;
}

/** Tabs to a field and types into it. */
export async function typeInto(page: Page, label: string, text: string): Promise<void> {
  await tabTo(page, label);
  await page.keyboard.type(text);
}

/** Signs in with the keyboard alone. */
export async function signInWithKeyboard(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await typeInto(page, 'E-mail', email);
  await typeInto(page, 'Password', DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addMonthsIso(day: string, months: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  return isoDay(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate())));
}

export function addDaysIso(day: string, days: number): string {
  return isoDay(new Date(new Date(`${day}T00:00:00Z`).getTime() + days * 86_400_000));
}
