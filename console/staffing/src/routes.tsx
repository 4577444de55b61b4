import { Route, Routes } from 'react-router-dom';
import { PostsPage } from './features/posts/posts.page';

/** The staffing remote's routes, mounted by the shell under /staffing/*. */
export default function StaffingRoutes() {
  return (
    <Routes>
      <Route path="posts" element={<PostsPage />} />
    </Routes>
  );
}
