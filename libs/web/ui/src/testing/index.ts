import { fireEvent, screen, within } from '@testing-library/react';

/**
 * A chart card's data table, as a person reaches it: the card by its title, then "Show data
 * table" (ChartCard builds the table only when asked). Waits for the card to be drawn.
 */
export async function openDataTable(title: string): Promise<HTMLElement> {
  const card = await screen.findByRole('region', { name: title }, { timeout: 5000 });
  const toggle = await within(card).findByRole('button', { name: /data table/ });
  if (toggle.getAttribute('aria-expanded') !== 'true') fireEvent.click(toggle);
  return within(card).getByRole('table', { name: title });
}
