import { Route, Routes } from 'react-router';
import { NotFoundHere } from './NotFoundHere';
import { PmoDetailPage } from './PmoDetailPage';
import { PmoFormPage } from './PmoFormPage';
import { PmoListPage } from './PmoListPage';
import { SeatFormPage } from './SeatFormPage';

/** `/pmos`, `/pmos/new`, `/pmos/:id`, `/pmos/:id/edit`, `/pmos/:id/seats/new`, `/pmos/:id/seats/:seatId/edit`. */
export function PmosScreen() {
  return (
    <Routes>
      <Route index element={<PmoListPage />} />
      <Route path="new" element={<PmoFormPage mode="create" />} />
      <Route path=":id" element={<PmoDetailPage />} />
      <Route path=":id/edit" element={<PmoFormPage mode="edit" />} />
      <Route path=":id/seats/new" element={<SeatFormPage mode="create" />} />
      <Route path=":id/seats/:seatId/edit" element={<SeatFormPage mode="edit" />} />
      <Route path="*" element={<NotFoundHere back="/pmos" label="Back to PMOs" />} />
    </Routes>
  );
}
