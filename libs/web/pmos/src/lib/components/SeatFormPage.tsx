import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { SEAT_ROLE_LABELS, SEAT_ROLES, type SeatRole } from '@stint/domain';
import { describeError, describeMutationError, useSession } from '@stint/web-data-access';
import { ErrorNotice, FormField, LoadingState, PageHeading, useSubmitOnce } from '@stint/web-ui';
import { CREATE_SEAT_MUTATION, UPDATE_SEAT_MUTATION } from '../graphql/pmos.mutation';
import { PMO_DETAIL_QUERY } from '../graphql/pmos.query';
import { mayManagePmo } from '../utils/access';
import { toFieldErrors } from '../utils/formFailure';
import { EMPTY_SEAT, toSeatInput, validateSeatForm, type SeatFormValues } from '../utils/seatForm';
import { CloseSeatForm } from './CloseSeatForm';
import { FormAlert } from './FormAlert';
import { HistoryLink } from './HistoryLink';
import { NotDirectedPage } from './NotDirectedPage';
import { NotFoundHere } from './NotFoundHere';

/** `/pmos/:id/seats/new` and `/pmos/:id/seats/:seatId/edit`: a seat's title, role and window. */
export function SeatFormPage({ mode }: { mode: 'create' | 'edit' }) {
  const { id = '', seatId = '' } = useParams();
  const { user } = useSession();
  const { data, error, refetch } = useQuery(PMO_DETAIL_QUERY, { variables: { id } });
  const title = mode === 'create' ? 'Add a seat' : 'Edit a seat';
  const pmo = data?.pmo;
  if (!pmo) {
    return (
      <>
        <PageHeading title={title} />
        {error ? <ErrorNotice message={describeError(error) ?? ''} /> : <LoadingState />}
      </>
    );
  }
  if (!mayManagePmo(user, pmo.directors)) return <NotDirectedPage pmoName={pmo.name} />;
  const seat = pmo.seats.find((s) => s.id === seatId);
  if (mode === 'edit' && !seat)
    return <NotFoundHere back={`/pmos/${pmo.id}`} label="Back to the PMO" />;
  const reload = () => void refetch().catch(() => undefined);
  return (
    <>
      <PageHeading title={seat ? `Edit ${seat.title}` : title}>In {pmo.name}</PageHeading>
      <p className="actions">
        <Link to={`/pmos/${pmo.id}`}>Back to {pmo.name}</Link>
        {seat && <HistoryLink entityType="seat" entityId={seat.id} label={seat.title} />}
      </p>
      <SeatForm
        key={seat ? `${seat.id}-${seat.version}` : 'new'}
        pmoId={pmo.id}
        seat={seat}
        onReload={reload}
      />
      {seat && (
        <CloseSeatForm key={`close-${seat.version}`} seat={seat} pmoId={pmo.id} onReload={reload} />
      )}
    </>
  );
}

interface SeatFormProps {
  pmoId: string;
  seat?: {
    id: string;
    title: string;
    role: SeatRole;
    opensOn: string;
    closesOn: string | null;
    version: number;
  };
  onReload: () => void;
}

function SeatForm({ pmoId, seat, onReload }: SeatFormProps) {
  const navigate = useNavigate();
  const [values, setValues] = useState<SeatFormValues>(
    seat
      ? { title: seat.title, role: seat.role, opensOn: seat.opensOn, closesOn: seat.closesOn ?? '' }
      : EMPTY_SEAT,
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<{ message: string; stale: boolean } | undefined>();
  const { pending, run } = useSubmitOnce();
  const [create] = useMutation(CREATE_SEAT_MUTATION, {
    refetchQueries: ['PmoDetail', 'PmoList'],
    awaitRefetchQueries: true,
  });
  const [update] = useMutation(UPDATE_SEAT_MUTATION);

  const set = <K extends keyof SeatFormValues>(key: K, value: SeatFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(async () => {
      const problems = validateSeatForm(values);
      setErrors(toFieldErrors(problems));
      if (problems.length > 0) {
        setAlert({ message: 'Check the fields marked below.', stale: false });
        return;
      }
      try {
        const input = toSeatInput(values);
        if (seat)
          await update({ variables: { input: { ...input, id: seat.id, version: seat.version } } });
        else await create({ variables: { input: { ...input, pmoId } } });
        void navigate(`/pmos/${pmoId}`);
      } catch (error) {
        const failure = describeMutationError(error);
        setErrors({ ...failure.fieldErrors });
        setAlert({ message: failure.message, stale: failure.reason === 'STALE' });
      }
    });
  };

  const date = (field: 'opensOn' | 'closesOn', label: string, hint: string) => (
    <FormField label={label} hint={hint} error={errors[field]}>
      {(control) => (
        <input
          {...control}
          className="form-field__input form-field__input--date"
          value={values[field]}
          onChange={(e) => set(field, e.target.value)}
        />
      )}
    </FormField>
  );

  return (
    <form
      noValidate
      onSubmit={onSubmit}
      aria-busy={pending}
      aria-labelledby="seat-form-title"
      className="card entity-form"
    >
      <h2 id="seat-form-title">{seat ? 'Title, role and window' : 'The new seat'}</h2>
      <FormAlert message={alert?.message} onReload={alert?.stale ? onReload : undefined} />
      <FormField label="Title" error={errors['title']}>
        {(control) => (
          <input
            {...control}
            className="form-field__input"
            value={values.title}
            onChange={(e) => set('title', e.target.value)}
          />
        )}
      </FormField>
      <FormField
        label="Role"
        hint="PMO manager seats need a senior project manager or above."
        error={errors['role']}
      >
        {(control) => (
          <select
            {...control}
            className="form-field__input"
            value={values.role}
            onChange={(e) => set('role', e.target.value as SeatRole | '')}
          >
            <option value="">Choose…</option>
            {SEAT_ROLES.map((r) => (
              <option key={r} value={r}>
                {SEAT_ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div className="form-row">
        {date('opensOn', 'Opens on', 'YYYY-MM-DD')}
        {date('closesOn', 'Closes on', 'YYYY-MM-DD, the last open day; empty for open-ended')}
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? 'Saving…' : seat ? 'Save seat' : 'Add seat'}
      </button>
    </form>
  );
}
