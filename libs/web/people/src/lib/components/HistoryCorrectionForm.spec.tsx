import { act, fireEvent, render, screen } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { CORRECT_PERSON_HISTORY_MUTATION } from '../graphql/people.mutation';
import { HistoryCorrectionForm } from './HistoryCorrectionForm';

type Mock = MockLink.MockedResponse;

function renderForm(mocks: Mock[]) {
  return render(
    <MockedProvider mocks={mocks}>
      <HistoryCorrectionForm
        personId="p-1"
        version={3}
        hiredOn="2020-03-01"
        today="2026-06-30"
        departments={[
          { id: 'd-fin', name: 'Finance' },
          { id: 'd-legal', name: 'Legal' },
        ]}
      />
    </MockedProvider>,
  );
}

const fill = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('HistoryCorrectionForm', () => {
  it('marks a correction with nothing to set beside the department, without asking the server', async () => {
    renderForm([]);
    fill('From', '2021-01-01');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Correct history' }));
    });
    expect(screen.getByRole('alert').textContent).toBe('Check the fields marked below.');
    expect(screen.getByLabelText('Department').getAttribute('aria-invalid')).toBe('true');
    expect(
      screen.getByText('Choose a department, a career level or leave to correct.'),
    ).toBeTruthy();
  });

  it("shows the API's field message beside its field", async () => {
    const refused: Mock = {
      request: {
        query: CORRECT_PERSON_HISTORY_MUTATION,
        variables: {
          input: {
            validFrom: '2021-01-01',
            validTo: '2021-07-01',
            departmentId: 'd-legal',
            reason: null,
            personId: 'p-1',
            version: 3,
          },
        },
      },
      result: {
        errors: [
          {
            message: 'Invalid input',
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: [{ field: 'validFrom', message: 'validFrom is after the person left' }],
            },
          },
        ],
      },
    };
    renderForm([refused]);
    fill('From', '2021-01-01');
    fill('Until', '2021-07-01');
    fill('Department', 'd-legal');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Correct history' }));
    });
    const message = await screen.findByText('validFrom is after the person left');
    const from = screen.getByLabelText('From');
    expect(from.getAttribute('aria-describedby')).toContain(message.id);
    expect(screen.getByRole('alert').textContent).toMatch(/Check the fields/);
  });
});
