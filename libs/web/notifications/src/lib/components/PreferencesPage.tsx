import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  NOTIFICATION_EVENT_LABELS,
  NOTIFICATION_EVENTS,
  type NotificationEvent,
} from '@stint/domain';
import { describeError, describeMutationError } from '@stint/web-data-access';
import { ErrorNotice, LoadingState, PageHeading } from '@stint/web-ui';
import {
  NOTIFICATION_SETTINGS_QUERY,
  UPDATE_NOTIFICATION_SETTINGS_MUTATION,
} from '../graphql/notifications.graphql';

/** "My settings", for every role: which notifications also come by e-mail. */
export function PreferencesPage() {
  const { data, loading, error, refetch } = useQuery(NOTIFICATION_SETTINGS_QUERY);
  const [chosen, setChosen] = useState<NotificationEvent[]>([]);
  const [status, setStatus] = useState('');
  const [save, saving] = useMutation(UPDATE_NOTIFICATION_SETTINGS_MUTATION);
  const [failure, setFailure] = useState('');
  const saved = data?.notificationSettings.emailEvents;
  useEffect(() => {
    if (saved) setChosen([...saved]);
  }, [saved]);

  const toggle = (event: NotificationEvent, on: boolean) =>
    setChosen((was) => (on ? [...was, event] : was.filter((e) => e !== event)));

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setStatus('');
    setFailure('');
    try {
      await save({ variables: { input: { emailEvents: chosen } } });
      setStatus('Saved.');
    } catch (error) {
      setFailure(describeMutationError(error).message);
    }
  };

  return (
    <>
      <PageHeading title="My settings">Your own preferences in Stint.</PageHeading>
      <section className="card" aria-labelledby="email-settings-heading">
        <h2 id="email-settings-heading">E-mail notifications</h2>
        {loading && !data && <LoadingState label="Loading your settings…" />}
        {error && !data && (
          <ErrorNotice
            message={describeError(error) ?? 'Something went wrong.'}
            onRetry={() => void refetch()}
          />
        )}
        {data && (
          <form onSubmit={(e) => void onSubmit(e)}>
            {!data.notificationSettings.emailEnabled && (
              <div className="notice" role="note">
                <p>
                  This Stint does not send e-mail yet (no mail server is configured). Your choices
                  apply as soon as it does; notifications always show under the bell.
                </p>
              </div>
            )}
            <fieldset className="checkbox-list">
              <legend>Also send me an e-mail when…</legend>
              {NOTIFICATION_EVENTS.map((event) => (
                <label key={event} className="checkbox-list__item">
                  <input
                    type="checkbox"
                    name="emailEvents"
                    value={event}
                    checked={chosen.includes(event)}
                    onChange={(e) => toggle(event, e.target.checked)}
                  />{' '}
                  {NOTIFICATION_EVENT_LABELS[event]}
                </label>
              ))}
            </fieldset>
            {failure && (
              <p role="alert" className="form-alert">
                {failure}
              </p>
            )}
            <button type="submit" className="button" disabled={saving.loading}>
              Save e-mail settings
            </button>
            <p role="status" className="status-line">
              {status}
            </p>
          </form>
        )}
      </section>
    </>
  );
}
