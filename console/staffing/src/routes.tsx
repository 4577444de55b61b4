import { Navigate, Route, Routes } from 'react-router-dom';
import { AccountsPage } from './features/accounts/accounts.page';
import { ApprovalsPage } from './features/approvals/approvals.page';
import { GapsPage } from './features/gaps/gaps.page';
import { OfficerProfilePage } from './features/officers/officer-profile.page';
import { OfficersPage } from './features/officers/officers.page';
import { PartnersPage } from './features/partners/partners.page';
import { PostsPage } from './features/posts/posts.page';
import { PresencePage } from './features/presence/presence.page';
import { RosterPage } from './features/roster/roster.page';
import { RulesPage } from './features/rules/rules.page';

/** The staffing remote's routes, mounted by the shell under /staffing/*. */
export default function StaffingRoutes() {
  return (
    <Routes>
      <Route index element={<Navigate to="posts" replace />} />
      <Route path="posts" element={<PostsPage />} />
      <Route path="officers" element={<OfficersPage />} />
      <Route path="officers/:id" element={<OfficerProfilePage />} />
      <Route path="roster" element={<RosterPage />} />
      <Route path="approvals" element={<ApprovalsPage />} />
      <Route path="presence" element={<PresencePage />} />
      <Route path="gaps" element={<GapsPage />} />
      <Route path="rules" element={<RulesPage />} />
      <Route path="partners" element={<PartnersPage />} />
      <Route path="accounts" element={<AccountsPage />} />
    </Routes>
  );
}
