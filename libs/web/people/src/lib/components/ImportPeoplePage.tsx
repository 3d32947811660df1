import { useRef, useState, type ChangeEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { formatDay } from '@stint/domain';
import type { ImportPeopleMutation } from '@stint/web-data-access';
import { describeMutationError, useSession } from '@stint/web-data-access';
import { ErrorNotice, NoAccessPage, PageHeading, useSubmitOnce } from '@stint/web-ui';
import { IMPORT_PEOPLE_MUTATION } from '../graphql/people.mutation';

type ImportResult = ImportPeopleMutation['importPeople'];

const ACTION_WORDS: Readonly<Record<string, string>> = {
  CREATE: 'Create',
  UPDATE: 'Update',
  UNCHANGED: 'No change',
  ERROR: 'Error',
};

/** `/people/import`: a CSV from the HR system, previewed as a dry run, then applied. */
export function ImportPeoplePage() {
  const { user } = useSession();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const [applied, setApplied] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | undefined>();
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const { pending, run } = useSubmitOnce();
  const [importPeople] = useMutation(IMPORT_PEOPLE_MUTATION, {
    refetchQueries: ['PeopleList', 'DepartmentOptions'],
  });

  if (user?.role !== 'HR' && user?.role !== 'ADMIN') {
    return <NoAccessPage screenLabel="Import people" home={{ path: '/people', label: 'People' }} />;
  }

  const send = (text: string, dryRun: boolean) =>
    run(async () => {
      setError(undefined);
      try {
        const result = await importPeople({ variables: { csv: text, dryRun } });
        const answer = result.data?.importPeople ?? null;
        if (dryRun) setPreview(answer);
        else {
          setApplied(answer);
          if (answer?.applied) setPreview(null);
          else setPreview(answer);
        }
        requestAnimationFrame(() => resultHeading.current?.focus());
      } catch (e) {
        setError(describeMutationError(e).message);
      }
    });

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setPreview(null);
    setApplied(null);
    if (!chosen) {
      setFile(null);
      return;
    }
    void chosen.text().then((text) => {
      setFile({ name: chosen.name, text });
      void send(text, true);
    });
  };

  const result = applied?.applied ? applied : preview;
  return (
    <>
      <PageHeading title="Import people">
        Upload the HR system's CSV export. You see what would change, and every error, before
        anything is written.
      </PageHeading>
      <p>
        <Link to="/people">Back to people</Link>
      </p>
      <div className="card">
        <div className="form-field">
          <label htmlFor="import-file" className="form-field__label">
            CSV file
          </label>
          <p id="import-file-hint" className="form-field__hint">
            Columns: employee_number, full_name, email, department_code, career_level, pm_since,
            hired_on, and optionally left_on, on_leave, effective_on (the day a row's department,
            level or leave change takes effect; empty means today). People are matched by employee
            number.
          </p>
          <input
            id="import-file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby="import-file-hint"
            onChange={onFile}
          />
        </div>
        {pending && <p role="status">{preview ? 'Importing…' : 'Checking the file…'}</p>}
        {error && <ErrorNotice message={error} />}
      </div>

      {result && (
        <section className="card" aria-labelledby="import-result-title">
          <h2 id="import-result-title" ref={resultHeading} tabIndex={-1}>
            {applied?.applied
              ? `Imported ${file?.name ?? 'the file'}`
              : `Preview of ${file?.name ?? 'the file'} (nothing written yet)`}
          </h2>
          <ul className="import-summary" aria-label="Summary">
            <li>{result.totalRows.toLocaleString('en')} rows</li>
            <li>
              {result.created.toLocaleString('en')} {applied?.applied ? 'created' : 'to create'}
            </li>
            <li>
              {result.updated.toLocaleString('en')} {applied?.applied ? 'updated' : 'to update'}
            </li>
            <li>{result.unchanged.toLocaleString('en')} unchanged</li>
            <li className={result.errorCount > 0 ? 'import-summary__errors' : undefined}>
              {result.errorCount.toLocaleString('en')}{' '}
              {result.errorCount === 1 ? 'error' : 'errors'}
            </li>
          </ul>
          {result.errorCount > 0 && (
            <>
              <h3>Errors</h3>
              <p>
                Nothing is imported while the file has errors. Fix them in the file and choose it
                again.
                {result.errors.length < result.errorCount &&
                  ` The first ${result.errors.length} of ${result.errorCount} are listed.`}
              </p>
              <table className="data-table">
                <caption className="visually-hidden">Errors in the file</caption>
                <thead>
                  <tr>
                    <th scope="col" className="numeric">
                      Line
                    </th>
                    <th scope="col">Column</th>
                    <th scope="col">Problem</th>
                  </tr>
                </thead>
                <tbody>
                  {result.errors.map((e, i) => (
                    <tr key={`${e.line}-${e.column ?? ''}-${i}`}>
                      <td className="numeric">{e.line}</td>
                      <td>{e.column ?? 'whole row'}</td>
                      <td>{e.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
          {result.rows.length > 0 && (
            <>
              <h3>Rows</h3>
              {result.rowsShown < result.totalRows && (
                <p>
                  The first {result.rowsShown.toLocaleString('en')} of{' '}
                  {result.totalRows.toLocaleString('en')} rows are listed.
                </p>
              )}
              <table className="data-table">
                <caption className="visually-hidden">What each row does</caption>
                <thead>
                  <tr>
                    <th scope="col" className="numeric">
                      Line
                    </th>
                    <th scope="col">Employee no.</th>
                    <th scope="col">Action</th>
                    <th scope="col">Changes</th>
                    <th scope="col">Effective on</th>
                  </tr>
                </thead>
                <tbody>
                  {result.rows.map((row) => (
                    <tr key={row.line}>
                      <td className="numeric">{row.line}</td>
                      <td>{row.employeeNumber ?? '—'}</td>
                      <td>{ACTION_WORDS[row.action] ?? row.action}</td>
                      <td>
                        {row.changes.length === 0
                          ? '—'
                          : row.changes
                              .map(
                                (c) => `${c.field}: ${c.from ?? '(empty)'} → ${c.to ?? '(empty)'}`,
                              )
                              .join('; ')}
                      </td>
                      <td>{row.effectiveOn ? formatDay(row.effectiveOn) : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
          {!applied?.applied && file && (
            <button
              type="button"
              className="button"
              disabled={pending || result.errorCount > 0 || result.created + result.updated === 0}
              onClick={() => void send(file.text, false)}
            >
              Apply the import
            </button>
          )}
        </section>
      )}
    </>
  );
}
