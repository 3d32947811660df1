import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const IMPORT_ACTIONS = ['CREATE', 'UPDATE', 'UNCHANGED', 'ERROR'] as const;
export type ImportAction = (typeof IMPORT_ACTIONS)[number];
export const ImportActionEnum = Object.fromEntries(IMPORT_ACTIONS.map((a) => [a, a])) as Record<
  ImportAction,
  ImportAction
>;
registerEnumType(ImportActionEnum, {
  name: 'ImportAction',
  description: 'What the import does with one CSV row',
});

@ObjectType('ImportError', { description: 'A problem with the file or one of its rows' })
export class ImportError {
  @Field(() => Int, { description: '1-based line in the file (the header is line 1)' })
  line!: number;

  @Field(() => String, {
    nullable: true,
    description: 'CSV column, e.g. email; null when the whole row is wrong',
  })
  column!: string | null;

  @Field()
  message!: string;
}

@ObjectType('FieldChange')
export class FieldChange {
  @Field({ description: 'Person field, e.g. email, departmentCode, leftOn' })
  field!: string;

  @Field(() => String, { nullable: true })
  from!: string | null;

  @Field(() => String, { nullable: true })
  to!: string | null;
}

@ObjectType('ImportRowResult')
export class ImportRowResult {
  @Field(() => Int)
  line!: number;

  @Field(() => String, {
    nullable: true,
    description: 'As written in the file; null when the cell is empty',
  })
  employeeNumber!: string | null;

  @Field(() => ImportActionEnum)
  action!: ImportAction;

  @Field(() => [FieldChange], { description: 'For CREATE every value, for UPDATE what differs' })
  changes!: FieldChange[];

  @Field(() => String, {
    nullable: true,
    description:
      'For an UPDATE that changes department, career level or leave: the day the change takes effect ' +
      "(the row's effective_on, or today). Null for other rows; a new person's history starts at hired_on.",
  })
  effectiveOn!: string | null;
}

@ObjectType('PeopleImportResult')
export class PeopleImportResult {
  @Field()
  dryRun!: boolean;

  @Field({ description: 'True when the rows were written: not a dry run and no errors' })
  applied!: boolean;

  @Field(() => Int, { description: 'Data rows in the file (empty lines aside)' })
  totalRows!: number;

  @Field(() => Int, { description: 'New people (that would be) created by the valid rows' })
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int)
  unchanged!: number;

  @Field(() => Int, { description: 'Every error found; `errors` lists at most the first ones' })
  errorCount!: number;

  @Field(() => [ImportError], { description: 'The first errors, in file order' })
  errors!: ImportError[];

  @Field(() => [ImportRowResult], { description: 'The first rows, in file order (see rowsShown)' })
  rows!: ImportRowResult[];

  @Field(() => Int, {
    description: 'Rows listed in `rows`; fewer than totalRows when the file is long',
  })
  rowsShown!: number;
}
