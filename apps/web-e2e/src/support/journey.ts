import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export const PASSWORD = 'stint-demo';

/** GraphQL as a given demo user, over a bearer token (for setting up and checking journeys). */
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
      const login = await this.post(
        undefined,
        `mutation { login(email: "${email}", password: "${PASSWORD}") { token } }`,
      );
      token = (login.data?.['login'] as { token: string }).token;
      this.tokens.set(email, token);
    }
    return this.post(token, query, variables);
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

/** The accessible name of the focused element: its label, aria-label or text. */
function focusedName(page: Page): Promise<string> {
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

/** Tabs to a field and types into it. */
export async function typeInto(page: Page, label: string, text: string): Promise<void> {
  await tabTo(page, label);
  await page.keyboard.type(text);
}

/** Signs in with the keyboard alone. */
export async function signInWithKeyboard(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await typeInto(page, 'E-mail', email);
  await typeInto(page, 'Password', PASSWORD);
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/** Serious and critical axe violations on the page, named for the report. */
export async function scan(page: Page, what: string): Promise<string[]> {
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
