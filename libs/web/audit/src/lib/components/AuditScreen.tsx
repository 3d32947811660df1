import { Link, Route, Routes } from 'react-router';
import { PageHeading } from '@stint/web-ui';
import { AuditTrailPage } from './AuditTrailPage';

/** `/audit`; nothing lives below it. */
export function AuditScreen() {
  return (
    <Routes>
      <Route index element={<AuditTrailPage />} />
      <Route
        path="*"
        element={
          <>
            <PageHeading title="Page not found" />
            <p>
              <Link to="/audit">Back to the audit trail</Link>
            </p>
          </>
        }
      />
    </Routes>
  );
}
