import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Population's resident, extended here with their disputes. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Resident {
  @Field(() => ID) id!: string;
}

/** Population's community, extended here with its disputes. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Community {
  @Field(() => ID) id!: string;
}
