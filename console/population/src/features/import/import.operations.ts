import { graphql } from '../../gql';

export const IMPORT_PLACES = graphql(`
  query ImportPlaces {
    myCommunities {
      id
      name
      station {
        id
        name
      }
    }
    myImports(first: 10) {
      id
      kind
      status
      fileName
      totalRows
      written
      skipped
      refused
      createdAt
      community {
        id
        name
      }
    }
  }
`);

export const START_IMPORT = graphql(`
  mutation StartImport($input: StartImportInput!) {
    startImport(input: $input) {
      job {
        id
      }
      errors {
        code
        message
        field
      }
    }
  }
`);

/** How far a job has got: its rows received, accepted, refused, written, skipped. */
export const IMPORT_PROGRESS = graphql(`
  fragment ImportProgress on ImportJob {
    id
    status
    totalRows
    received
    accepted
    refused
    written
    skipped
  }
`);

/** What adding rows and committing return: the job's progress, or the refusals. */
export const IMPORT_PROGRESS_RESULT = graphql(`
  fragment ImportProgressResult on ImportJobPayload {
    job {
      ...ImportProgress
    }
    errors {
      code
      message
    }
  }
`);

export const ADD_RESIDENT_ROWS = graphql(`
  mutation AddResidentImportRows($jobId: ID!, $rows: [ResidentImportRow!]!) {
    addResidentImportRows(jobId: $jobId, rows: $rows) {
      ...ImportProgressResult
    }
  }
`);

export const ADD_HOUSING_ROWS = graphql(`
  mutation AddHousingImportRows($jobId: ID!, $rows: [HousingImportRow!]!) {
    addHousingImportRows(jobId: $jobId, rows: $rows) {
      ...ImportProgressResult
    }
  }
`);

export const COMMIT_IMPORT = graphql(`
  mutation CommitImport($jobId: ID!) {
    commitImport(jobId: $jobId) {
      ...ImportProgressResult
    }
  }
`);

/** The per-row report: every row, or only those with a given outcome. */
export const IMPORT_REPORT = graphql(`
  query ImportReport($id: ID!, $status: ImportRowStatus, $first: Int) {
    importJob(id: $id) {
      ...ImportProgress
      rows(status: $status, first: $first) {
        rowNo
        status
        label
        errors {
          code
          message
          field
        }
      }
    }
  }
`);
