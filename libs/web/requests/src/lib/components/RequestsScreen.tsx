import { Route, Routes } from 'react-router';
import { NotFoundHere } from './NotFoundHere';
import { RequestDetailPage } from './RequestDetailPage';
import { RequestInboxPage } from './RequestInboxPage';

/** `/requests` and `/requests/:id`. */
export function RequestsScreen() {
  return (
    <Routes>
      <Route index element={<RequestInboxPage />} />
      <Route path=":id" element={<RequestDetailPage />} />
      <Route path="*" element={<NotFoundHere back="/requests" />} />
    </Routes>
  );
}
