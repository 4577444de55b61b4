import { defineModule, perRequest, type BaseContext } from '@cp/service-kit';
import DataLoader from 'dataloader';
import { DepartmentEntity, DepartmentRatingEntity } from './department.entity';
import { ReverseEvaluationResolver } from './reverse.resolver';
import { seedDepartments } from './reverse.seed';
import { toDepartment } from './reverse.service';

/** Departments by code, for other domains' fields on them (tasks' push counts). */
const departmentByCode = perRequest(
  ({ em }) =>
    new DataLoader<string, DepartmentEntity | null>(async (codes) => {
      const rows = new Map((await em.find(DepartmentEntity, { code: { $in: [...codes] } })).map((d) => [d.code, d]));
      return codes.map((c) => rows.get(c) ?? null);
    }),
);

/** Stations rating the district's functional departments (逆考评). */
export const reverseModule = defineModule({
  name: 'reverse',
  entities: [DepartmentEntity, DepartmentRatingEntity],
  resolvers: [ReverseEvaluationResolver],
  seed: seedDepartments,
  references: {
    Department: {
      __resolveReference: async (ref: { code: string }, ctx: BaseContext) => {
        const d = await ctx.use(departmentByCode).load(ref.code);
        return d && toDepartment(d);
      },
    },
  },
});
