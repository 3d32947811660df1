import { graphql } from '@stint/web-data-access';

export const CREATE_PERSON_MUTATION = graphql(`
  mutation CreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      id
      fullName
    }
  }
`);

export const UPDATE_PERSON_MUTATION = graphql(`
  mutation UpdatePerson($input: UpdatePersonInput!) {
    updatePerson(input: $input) {
      ...PersonDetailFields
    }
  }
`);

export const CORRECT_PERSON_HISTORY_MUTATION = graphql(`
  mutation CorrectPersonHistory($input: CorrectPersonHistoryInput!) {
    correctPersonHistory(input: $input) {
      ...PersonDetailFields
    }
  }
`);

export const CREATE_DEPARTMENT_MUTATION = graphql(`
  mutation CreateDepartment($input: CreateDepartmentInput!) {
    createDepartment(input: $input) {
      ...DepartmentFields
    }
  }
`);

export const UPDATE_DEPARTMENT_MUTATION = graphql(`
  mutation UpdateDepartment($input: UpdateDepartmentInput!) {
    updateDepartment(input: $input) {
      ...DepartmentFields
    }
  }
`);

export const IMPORT_PEOPLE_MUTATION = graphql(`
  mutation ImportPeople($csv: String!, $dryRun: Boolean!) {
    importPeople(csv: $csv, dryRun: $dryRun) {
      applied
      dryRun
      created
      updated
      unchanged
      errorCount
      totalRows
      rowsShown
      errors {
        line
        column
        message
      }
      rows {
        line
        action
        employeeNumber
        effectiveOn
        changes {
          field
          from
          to
        }
      }
    }
  }
`);
