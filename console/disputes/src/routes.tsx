import { Route, Routes } from 'react-router-dom';
import { LedgerPage } from './features/ledger/ledger.page';

/** The disputes remote's routes, mounted by the shell under /disputes/*. */
export default function DisputesRoutes() {
  return (
    <Routes>
      <Route path="ledger" element={<LedgerPage />} />
    </Routes>
  );
}
