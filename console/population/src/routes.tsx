import { Route, Routes } from 'react-router-dom';
import { AuditPage } from './features/audit/audit.page';
import { CategoriesPage } from './features/categories/categories.page';
import { HousingPage } from './features/housing/housing.page';
import { ImportPage } from './features/import/import.page';
import { ResidentDetailPage } from './features/resident-detail/resident-detail.page';
import { QualityPage } from './features/quality/quality.page';
import { ResidentsPage } from './features/residents/residents.page';
import { UnitsPage } from './features/units/units.page';
import { WorklistPage } from './features/worklist/worklist.page';

/** The population remote's routes, mounted by the shell under /population/*. */
export default function PopulationRoutes() {
  return (
    <Routes>
      <Route path="worklist" element={<WorklistPage />} />
      <Route path="residents" element={<ResidentsPage />} />
      <Route path="residents/:id" element={<ResidentDetailPage />} />
      <Route path="housing" element={<HousingPage />} />
      <Route path="units" element={<UnitsPage />} />
      <Route path="import" element={<ImportPage />} />
      <Route path="quality" element={<QualityPage />} />
      <Route path="categories" element={<CategoriesPage />} />
      <Route path="audit" element={<AuditPage />} />
    </Routes>
  );
}
