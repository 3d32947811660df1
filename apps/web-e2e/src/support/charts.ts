import type { Locator, Page } from 'playwright-core';

interface Box {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Every drawn text label in a chart, with its box on the page. */
export function textBoxes(card: Locator): Promise<Box[]> {
  return card.locator('svg text').evaluateAll((elements) =>
    elements
      .map((element) => {
        const rect = element.getBoundingClientRect();
        return {
          text: element.textContent ?? '',
          x: rect.x,
          y: rect.y,
          width: rect.width,
          height: rect.height,
        };
      })
      .filter((box) => box.text.trim() !== '' && box.width > 0 && box.height > 0),
  );
}

/** Pairs of labels whose boxes overlap by more than a hair (glyph boxes touch at 0.5px). */
export function overlaps(boxes: readonly Box[]): string[] {
  const found: string[] = [];
  const slack = 0.5;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      const apart =
        a.x + a.width - slack <= b.x ||
        b.x + b.width - slack <= a.x ||
        a.y + a.height - slack <= b.y ||
        b.y + b.height - slack <= a.y;
      if (!apart) found.push(`"${a.text}" overlaps "${b.text}"`);
    }
  }
  return found;
}

/** RFC 4180, enough for what toCsv writes (quoted fields, doubled quotes, CRLF). */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const text = csv.replace(/^\uFEFF/, '');
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

export async function signIn(page: Page, email: string): Promise<void> {
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill('stint-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * A chart card by its title, once it has drawn (or, for the heatmap, laid out its table) its
 * current answer: while new filters load, a card keeps the last answer on screen, busy.
 */
export async function drawnCard(
  page: Page,
  title: string,
  drawing = 'svg.recharts-surface',
): Promise<Locator> {
  const card = page.getByRole('region', { name: title, exact: true });
  await card.locator(drawing).first().waitFor({ timeout: 20_000 });
  await card
    .locator('xpath=self::*[not(@aria-busy="true")]')
    .waitFor({ state: 'attached', timeout: 20_000 });
  return card;
}

/**
 * The rows of a card's data table (its text alternative), header included. A chart card builds
 * its table only when asked: this presses "Show data table", as a person would, and closes it
 * again afterwards, so the screen looks as it did.
 */
export async function tableRows(card: Locator): Promise<string[][]> {
  const show = card.getByRole('button', { name: 'Show data table' });
  const opened = (await show.count()) > 0;
  if (opened) await show.click();
  const rows = await card
    .locator('table')
    .last()
    .evaluate((table) =>
      Array.from((table as HTMLTableElement).rows, (row) =>
        Array.from(row.cells, (cell) => (cell.textContent ?? '').trim()),
      ),
    );
  if (opened) await card.getByRole('button', { name: 'Hide data table' }).click();
  return rows;
}

export async function downloadCsv(page: Page, card: Locator): Promise<string[][]> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('button', { name: /Download CSV/ }).click(),
  ]);
  let csv = '';
  for await (const chunk of await download.createReadStream()) csv += String(chunk);
  return parseCsv(csv);
}
