import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { DEPARTMENTS_HEADCOUNT_QUERY, describeError } from '@stint/web-data-access';

export interface DepartmentOption {
  id: string;
  code: string;
  name: string;
}

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Every department for the filter, by name (the same query as the headcount chart: one fetch). */
export function useDepartmentOptions(): {
  options: DepartmentOption[];
  loading: boolean;
  errorMessage: string | undefined;
} {
  const { data, loading, error } = useQuery(DEPARTMENTS_HEADCOUNT_QUERY);
  const departments = data?.departments;
  const options = useMemo(
    () =>
      (departments ?? [])
        .map(({ id, code, name }) => ({ id, code, name }))
        .sort((a, b) => byName.compare(a.name, b.name)),
    [departments],
  );
  return { options, loading, errorMessage: describeError(error) };
}
