import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { EligibilityRule } from '@stint/api-core';

@ObjectType('RotationImpact', {
  description:
    'What a rotation would cost the home department and give the PMO (SPEC §4), before anyone assigns it',
})
export class RotationImpact {
  @Field(() => ID)
  personId!: string;

  @Field(() => ID)
  seatId!: string;

  @Field()
  startsOn!: string;

  @Field()
  endsOn!: string;

  @Field(() => ID)
  departmentId!: string;

  @Field()
  departmentName!: string;

  @Field(() => Float)
  awayCap!: number;

  @Field(() => Float)
  coverageTarget!: number;

  @Field(() => Float, {
    description: 'Home department, worst calendar month of the window, without this rotation',
  })
  worstAwayShareBefore!: number;

  @Field(() => Float, { description: 'With it' })
  worstAwayShareAfter!: number;

  @Field(() => Float, { description: "Home department on the window's last day, without" })
  experienceShareBefore!: number;

  @Field(() => Float, { description: 'With' })
  experienceShareAfter!: number;

  @Field(() => Float, {
    description: "The seat's PMO: seat-days filled / seat-days open over the window, without",
  })
  seatFillBefore!: number;

  @Field(() => Float)
  seatFillAfter!: number;

  @Field()
  eligible!: boolean;

  @Field(() => [EligibilityRule], { description: 'Every failing SPEC §3 rule' })
  failingRules!: EligibilityRule[];
}
