import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { formatDay, levelRank, SEAT_ROLE_LABELS, todayIso, type CareerLevel } from '@stint/domain';
import { describeError, describeMutationError } from '@stint/web-data-access';
import {
  EligibilityChecklist,
  ErrorNotice,
  FormField,
  ImpactPreview,
  LoadingState,
  useSubmitOnce,
} from '@stint/web-ui';
import { APPROVE_ROTATION_REQUEST_MUTATION } from '../graphql/requests.mutation';
import {
  APPROVE_SEAT_ROTATIONS_QUERY,
  PMO_SEATS_QUERY,
  REQUEST_ELIGIBILITY_QUERY,
  REQUEST_IMPACT_QUERY,
} from '../graphql/requests.query';
import { rankSeats } from '../utils/rankSeats';
import {
  onlyAwayCapFails,
  readApprovalWindow,
  suggestedApprovalStart,
} from '../utils/approvalWindow';

export interface ApproveRequestFormProps {
  request: {
    id: string;
    personId: string;
    earliestStart: string;
    durationMonths: number;
    preferredPmoId: string | null;
  };
  /** PMOs the signed-in user may place people in. */
  pmos: ReadonlyArray<{ id: string; name: string }>;
  /** The requester's level and the lowest level a PMO manager seat takes, to rank the seats. */
  personLevel?: CareerLevel;
  managerSeatMinLevel?: CareerLevel;
  onApproved: () => void;
  onFailure: (message: string) => void;
}

/** Approve into a seat and window, after seeing the PM's eligibility and the impact. */
export function ApproveRequestForm({
  request,
  pmos,
  personLevel,
  managerSeatMinLevel,
  onApproved,
  onFailure,
}: ApproveRequestFormProps) {
  const today = useMemo(() => todayIso(), []);
  const [pmoId, setPmoId] = useState(() =>
    pmos.some((p) => p.id === request.preferredPmoId)
      ? (request.preferredPmoId ?? '')
      : (pmos[0]?.id ?? ''),
  );
  const [seatId, setSeatId] = useState('');
  const [startsOn, setStartsOn] = useState(() =>
    suggestedApprovalStart(request.earliestStart, today),
  );
  const [months, setMonths] = useState(String(request.durationMonths));
  const [overrideReason, setOverrideReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { pending, run } = useSubmitOnce();
  const [approve] = useMutation(APPROVE_ROTATION_REQUEST_MUTATION);

  const seats = useQuery(PMO_SEATS_QUERY, {
    variables: { pmoIds: [pmoId], first: 100 },
    skip: !pmoId,
  });
  const { window: approval, problems } = readApprovalWindow({ startsOn, months }, today);
  const windowErrors = Object.fromEntries(problems.map((p) => [p.field, p.message]));
  const seatIds = useMemo(() => seats.data?.seats.edges.map((e) => e.node.id) ?? [], [seats.data]);
  const seatRotations = useQuery(APPROVE_SEAT_ROTATIONS_QUERY, {
    variables: { seatIds, first: 100 },
    skip: seatIds.length === 0,
  });
  // Seats the person can take in this window first: free, and at a level they hold.
  const seatList = useMemo(
    () =>
      rankSeats(
        seats.data?.seats.edges.map((e) => e.node) ?? [],
        seatRotations.data?.rotations.edges.map((e) => e.node) ?? [],
        approval,
        personLevel && managerSeatMinLevel
          ? levelRank(personLevel) >= levelRank(managerSeatMinLevel)
          : true,
      ),
    [seats.data, seatRotations.data, approval, personLevel, managerSeatMinLevel],
  );
  const [seatTouched, setSeatTouched] = useState(false);
  useEffect(() => {
    // Until the director picks one, the best seat on the list is chosen.
    if (seatList.length === 0) return;
    if (!seatTouched || !seatList.some((s) => s.seat.id === seatId)) {
      if (seatList[0].seat.id !== seatId) setSeatId(seatList[0].seat.id);
    }
  }, [seatList, seatId, seatTouched]);

  const eligibility = useQuery(REQUEST_ELIGIBILITY_QUERY, {
    variables: {
      personId: request.personId,
      startsOn: approval?.startsOn ?? '',
      months: approval?.months ?? 0,
      seatId: seatId || undefined,
    },
    skip: !approval,
  });
  const impact = useQuery(REQUEST_IMPACT_QUERY, {
    variables: {
      personId: request.personId,
      seatId,
      startsOn: approval?.startsOn ?? '',
      endsOn: approval?.endsOn ?? '',
    },
    skip: !approval || !seatId,
  });
  const answer = eligibility.data?.eligibility;
  const failing =
    impact.data?.rotationImpact.failingRules ?? answer?.rules.filter((r) => !r.passed) ?? [];
  const canOverride = onlyAwayCapFails(failing);
  const blocked = failing.some((r) => r.code !== 'AWAY_CAP');

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(async () => {
      const next: Record<string, string> = { ...windowErrors };
      if (!seatId) next['seatId'] = 'Choose a seat.';
      if (canOverride && overrideReason.trim() === '') {
        next['awayCapOverrideReason'] = 'Write why the department may go over its away cap.';
      }
      setErrors(next);
      if (Object.keys(next).length > 0 || !approval) return;
      try {
        await approve({
          variables: {
            id: request.id,
            input: {
              seatId,
              startsOn: approval.startsOn,
              endsOn: approval.endsOn,
              ...(canOverride ? { awayCapOverrideReason: overrideReason.trim() } : {}),
            },
          },
        });
        onApproved();
      } catch (error) {
        const failure = describeMutationError(error);
        setErrors({ ...failure.fieldErrors });
        onFailure(failure.message);
      }
    });
  };

  if (pmos.length === 0) {
    return (
      <p>
        You do not direct a PMO, so you cannot place this person. A director of one of the PMOs can.
      </p>
    );
  }

  return (
    <form
      noValidate
      onSubmit={onSubmit}
      aria-busy={pending}
      aria-labelledby="approve-title"
      className="decision-form"
    >
      <h2 id="approve-title">Approve into a seat</h2>
      <div className="form-row">
        <FormField label="PMO">
          {(control) => (
            <select
              {...control}
              className="form-field__input"
              value={pmoId}
              onChange={(e) => setPmoId(e.target.value)}
            >
              {pmos.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          label="Seat"
          error={errors['seatId']}
          hint={seats.loading ? 'Loading seats…' : undefined}
        >
          {(control) => (
            <select
              {...control}
              className="form-field__input"
              value={seatId}
              onChange={(e) => {
                setSeatTouched(true);
                setSeatId(e.target.value);
              }}
            >
              {seatList.length === 0 && <option value="">No seats in this PMO</option>}
              {seatList.map(({ seat, note }) => (
                <option key={seat.id} value={seat.id}>
                  {seat.title} ({SEAT_ROLE_LABELS[seat.role]}){note ? ` — ${note}` : ''}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <div className="form-row">
        <FormField
          label="Start"
          hint="YYYY-MM-DD"
          error={errors['startsOn'] ?? windowErrors['startsOn']}
        >
          {(control) => (
            <input
              {...control}
              className="form-field__input form-field__input--date"
              inputMode="numeric"
              value={startsOn}
              onChange={(e) => setStartsOn(e.target.value)}
            />
          )}
        </FormField>
        <FormField
          label="Months"
          hint={approval ? `Ends ${formatDay(approval.endsOn)}.` : undefined}
          error={
            errors['months'] ?? windowErrors['months'] ?? errors['endsOn'] ?? windowErrors['endsOn']
          }
        >
          {(control) => (
            <input
              {...control}
              className="form-field__input form-field__input--short"
              inputMode="numeric"
              value={months}
              onChange={(e) => setMonths(e.target.value)}
            />
          )}
        </FormField>
      </div>

      <section aria-labelledby="request-eligibility-title" aria-busy={eligibility.loading}>
        <h3 id="request-eligibility-title">Eligibility for this seat and window</h3>
        {!approval ? (
          <p>Enter a start and a number of months to check.</p>
        ) : eligibility.error && !answer ? (
          <ErrorNotice message={describeError(eligibility.error) ?? ''} />
        ) : !answer ? (
          <LoadingState label="Checking eligibility…" />
        ) : (
          <EligibilityChecklist
            rules={answer.rules}
            eligible={answer.eligible}
            eligibleFrom={answer.eligibleFrom}
            startsOn={answer.startsOn}
            policyVersion={answer.policyVersion}
          />
        )}
      </section>

      {approval && seatId && (
        <div aria-busy={impact.loading}>
          {impact.data ? (
            <ImpactPreview impact={impact.data.rotationImpact} title="Impact of approving" />
          ) : impact.error ? (
            <ErrorNotice
              message={`The impact preview is not available. ${describeError(impact.error) ?? ''}`}
            />
          ) : (
            <LoadingState label="Working out the impact…" />
          )}
        </div>
      )}

      {canOverride && (
        <FormField
          label="Reason to go over the away cap"
          hint="Only the away cap fails. Say why the department can spare this person; the audit trail keeps it."
          error={errors['awayCapOverrideReason']}
        >
          {(control) => (
            <textarea
              {...control}
              className="form-field__input"
              rows={3}
              value={overrideReason}
              onChange={(e) => setOverrideReason(e.target.value)}
            />
          )}
        </FormField>
      )}
      {blocked && (
        <p className="warning" role="note">
          The person is not eligible for this seat and window. Choose another window or seat, or
          decline.
        </p>
      )}
      <button type="submit" className="button" disabled={pending || blocked}>
        {pending ? 'Approving…' : 'Approve'}
      </button>
    </form>
  );
}
