import { Route, Routes } from 'react-router';
import { NotFoundHere } from './NotFoundHere';
import { RotationPage } from './RotationPage';

/** `/rotations/:id`; there is no list here (rotations are listed on Planning, PMOs and people). */
export function RotationScreen() {
  return (
    <Routes>
      <Route path=":id" element={<RotationPage />} />
      <Route path="*" element={<NotFoundHere back="/" label="Back to the start" />} />
    </Routes>
  );
}
