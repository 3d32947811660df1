import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsString, MaxLength } from 'class-validator';
import { IMPORT_MAX_CHARS } from '../people-import.rows';

@ArgsType()
export class ImportPeopleArgs {
  @Field({
    description:
      'The HR system export: a header row, then one row per person. Columns (any order, any case): employee_number, ' +
      'full_name, email, department_code, career_level, pm_since, hired_on, and optionally left_on, on_leave, ' +
      "effective_on (the day a row's department, level or leave change takes effect; empty = today).",
  })
  @IsString()
  @MaxLength(IMPORT_MAX_CHARS, {
    message: `csv must be at most ${IMPORT_MAX_CHARS / 1024 / 1024} MB`,
  })
  csv!: string;

  @Field({ description: 'true: report what would happen and write nothing' })
  @IsBoolean()
  dryRun!: boolean;
}
