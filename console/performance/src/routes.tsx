import { Route, Routes } from 'react-router-dom';
import { IndicatorsPage } from './features/indicators/indicators.page';
import { ManualValuesPage } from './features/manual/manual.page';
import { RankingsPage } from './features/rankings/rankings.page';
import { ReverseEvaluationPage } from './features/reverse/reverse.page';
import { SurveysPage } from './features/surveys/surveys.page';

/** The performance remote's routes, mounted by the shell under /performance/*. */
export default function PerformanceRoutes() {
  return (
    <Routes>
      <Route path="rankings" element={<RankingsPage />} />
      <Route path="indicators" element={<IndicatorsPage />} />
      <Route path="surveys" element={<SurveysPage />} />
      <Route path="reverse" element={<ReverseEvaluationPage />} />
      <Route path="manual" element={<ManualValuesPage />} />
    </Routes>
  );
}
