import { graphql } from '@stint/web-data-access';

/** A person as the detail and edit screens show it, with their history for the career path. */
export const PERSON_DETAIL_FIELDS_FRAGMENT = graphql(`
  fragment PersonDetailFields on Person {
    id
    employeeNumber
    fullName
    email
    careerLevel
    pmSince
    hiredOn
    leftOn
    onLeave
    version
    department {
      id
      name
      code
    }
    history {
      validFrom
      validTo
      careerLevel
      onLeave
      department {
        id
        name
        code
      }
    }
  }
`);

/** A department row as the departments screen and its forms show it. */
export const DEPARTMENT_FIELDS_FRAGMENT = graphql(`
  fragment DepartmentFields on Department {
    id
    code
    name
    parentId
    coverageTarget
    awayCap
    headcount
    version
  }
`);
