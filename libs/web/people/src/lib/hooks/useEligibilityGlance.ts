import { useCallback, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { todayIso } from '@stint/domain';
import { describeError } from '@stint/web-data-access';
import {
  buildEligibilityBatchQuery,
  ELIGIBILITY_BATCH_SIZE,
  readEligibilityBatch,
  type EligibilityGlance,
} from '../utils/eligibilityBatch';

/**
 * Eligibility today for many people at once, on demand: one request per 15 rows (the API's
 * alias limit), so a page of people never costs one request per person.
 */
export function useEligibilityGlance(months: number) {
  const client = useApolloClient();
  const [answers, setAnswers] = useState<ReadonlyMap<string, EligibilityGlance>>(new Map());
  const [checking, setChecking] = useState(false);
  const [errorMessage, setErrorMessage] = useState<string | undefined>();

  const check = useCallback(
    async (ids: readonly string[]) => {
      const missing = ids.filter((id) => !answers.has(id));
      if (missing.length === 0) return;
      setChecking(true);
      setErrorMessage(undefined);
      try {
        const chunks: string[][] = [];
        for (let i = 0; i < missing.length; i += ELIGIBILITY_BATCH_SIZE)
          chunks.push(missing.slice(i, i + ELIGIBILITY_BATCH_SIZE));
        const results = await Promise.all(
          chunks.map((chunk) =>
            client
              .query({
                query: buildEligibilityBatchQuery(chunk.length),
                variables: {
                  startsOn: todayIso(),
                  months,
                  ...Object.fromEntries(chunk.map((id, i) => ['id' + i, id])),
                },
                errorPolicy: 'all',
                fetchPolicy: 'network-only',
              })
              .then((result) => ({
                found: readEligibilityBatch(
                  chunk,
                  result.data as Parameters<typeof readEligibilityBatch>[1],
                ),
                error: result.error,
              })),
          ),
        );
        const found = new Map(results.flatMap((r) => [...r.found]));
        setAnswers((current) => new Map([...current, ...found]));
        const failed = results.find((r) => r.error && r.found.size === 0);
        if (failed) setErrorMessage(describeError(failed.error));
      } catch (error) {
        setErrorMessage(describeError(error));
      } finally {
        setChecking(false);
      }
    },
    [answers, client, months],
  );

  return { answers, checking, errorMessage, check };
}
