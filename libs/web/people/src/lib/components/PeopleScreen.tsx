import { Route, Routes } from 'react-router';
import { NotFoundHere } from './NotFoundHere';
import { DepartmentsPage } from './DepartmentsPage';
import { ImportPeoplePage } from './ImportPeoplePage';
import { PeopleListPage } from './PeopleListPage';
import { PersonDetailPage } from './PersonDetailPage';
import { PersonFormPage } from './PersonFormPage';

/** `/people`, `/people/:id`, `/people/new`, `/people/:id/edit`, `/people/import`, `/people/departments`. */
export function PeopleScreen() {
  return (
    <Routes>
      <Route index element={<PeopleListPage />} />
      <Route path="new" element={<PersonFormPage mode="create" />} />
      <Route path="import" element={<ImportPeoplePage />} />
      <Route path="departments" element={<DepartmentsPage />} />
      <Route path=":id" element={<PersonDetailPage />} />
      <Route path=":id/edit" element={<PersonFormPage mode="edit" />} />
      <Route path="*" element={<NotFoundHere back="/people" />} />
    </Routes>
  );
}
