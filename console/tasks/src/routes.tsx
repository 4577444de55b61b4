import { Route, Routes } from 'react-router-dom';
import { AdmissionsPage } from './features/admissions/admissions.page';
import { InboxPage } from './features/inbox/inbox.page';
import { IssuePage } from './features/issue/issue.page';
import { LedgerPage } from './features/ledger/ledger.page';

/** The tasks remote's routes, mounted by the shell under /tasks/*. */
export default function TasksRoutes() {
  return (
    <Routes>
      <Route path="inbox" element={<InboxPage />} />
      <Route path="issue" element={<IssuePage />} />
      <Route path="admissions" element={<AdmissionsPage />} />
      <Route path="ledger" element={<LedgerPage />} />
    </Routes>
  );
}
