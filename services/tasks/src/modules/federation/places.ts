import { found, refuse, type BaseContext } from '@cp/service-kit';
import { graphql } from '../../gql';

// Where this domain learns who officers are (staffing), which departments exist (performance)
// and whether a task's record exists (population), through the gateway with typed documents.

const OFFICER = graphql(`
  query TaskOfficer($id: ID!) {
    officer(id: $id) {
      id
      name
      role
      sworn
      station {
        id
      }
    }
  }
`);

const COMMUNITY_POSTS = graphql(`
  query TaskCommunityPosts($id: ID!) {
    community(id: $id) {
      id
      officers {
        role
        officer {
          id
        }
      }
    }
  }
`);

const DEPARTMENTS = graphql(`
  query TaskDepartments {
    departments {
      code
      name
    }
  }
`);

const VISIT_FACTS = graphql(`
  query TaskVisitFacts($subjectId: ID!, $since: String!) {
    visitFacts(subjectId: $subjectId, since: $since) {
      id
      subjectType
      kind
      outcome
      at
    }
  }
`);

export type TaskOfficer = { id: string; name: string; role: string; stationId: string };

/** An officer to give a task to; refused when staffing knows none by that id. */
export async function officerFor(ctx: BaseContext, id: string, field = 'officerId'): Promise<TaskOfficer> {
  const o = found((await ctx.gateway.query(OFFICER, { id })).officer, 'OFFICER_NOT_FOUND', '警员', field);
  return { id: o.id, name: o.name, role: o.role, stationId: found(o.station, 'OFFICER_NOT_FOUND', '警员', field).id };
}

/** The officer a task for a community goes to: the one holding its A post; refused when it has none. */
export async function communityOfficerFor(ctx: BaseContext, communityId: string): Promise<TaskOfficer> {
  const community = found((await ctx.gateway.query(COMMUNITY_POSTS, { id: communityId })).community, 'COMMUNITY_NOT_FOUND', '社区', 'communityId');
  const a = (community.officers ?? []).find((p) => p.role === 'A');
  if (!a) refuse('TASK_COMMUNITY_UNSTAFFED', '该社区暂无 A 岗民警，请直接指定警员', 'communityId');
  return officerFor(ctx, a.officer.id, 'communityId');
}

/** A functional department (职能部门) by its code; refused when the district has none. */
export async function departmentFor(ctx: BaseContext, code: string, field = 'departmentCode'): Promise<{ code: string; name: string }> {
  const all = (await ctx.gateway.query(DEPARTMENTS, {})).departments;
  return found(
    all.find((d) => d.code === code),
    'DEPARTMENT_NOT_FOUND',
    '职能部门',
    field,
  );
}

/** The visits and inspections of a subject since a moment (facts only, no notes). */
export async function visitsSince(ctx: BaseContext, subjectId: string, since: Date) {
  return (await ctx.gateway.query(VISIT_FACTS, { subjectId, since: since.toISOString() })).visitFacts;
}
