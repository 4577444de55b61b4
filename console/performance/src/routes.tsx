import { Route, Routes } from 'react-router-dom';
import { IndicatorsPage } from './features/indicators/indicators.page';

/** The performance remote's routes, mounted by the shell under /performance/*. */
export default function PerformanceRoutes() {
  return (
    <Routes>
      <Route path="indicators" element={<IndicatorsPage />} />
    </Routes>
  );
}
