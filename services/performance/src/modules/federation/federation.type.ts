import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Population's community, extended here with its scorecard. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Community {
  @Field(() => ID) id!: string;
}

/** Population's station, extended here with its scorecard and its communities' ranking. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Station {
  @Field(() => ID) id!: string;
}

/** Staffing's officer, extended here with their scorecard. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Officer {
  @Field(() => ID) id!: string;
}
