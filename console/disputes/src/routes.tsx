import { Navigate, Route, Routes } from 'react-router-dom';
import { BoardPage } from './features/board/board.page';
import { DisputePage } from './features/detail/dispute.page';
import { LedgerPage } from './features/ledger/ledger.page';
import { ReceiversPage } from './features/receivers/receivers.page';
import { RiskMapPage } from './features/risk-map/risk-map.page';
import { WarningsPage } from './features/warnings/warnings.page';
import { WorklistPage } from './features/worklist/worklist.page';

/** The disputes remote's routes, mounted by the shell under /disputes/*. */
export default function DisputesRoutes() {
  return (
    <Routes>
      <Route index element={<Navigate to="worklist" replace />} />
      <Route path="worklist" element={<WorklistPage />} />
      <Route path="ledger" element={<LedgerPage />} />
      <Route path="board" element={<BoardPage />} />
      <Route path="map" element={<RiskMapPage />} />
      <Route path="warnings" element={<WarningsPage />} />
      <Route path="receivers" element={<ReceiversPage />} />
      <Route path="d/:id" element={<DisputePage />} />
    </Routes>
  );
}
