import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Population's community, extended here with its officers and the officer on duty. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Community {
  @Field(() => ID) id!: string;
}

/** Population's station, extended here with its officers. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Station {
  @Field(() => ID) id!: string;
}
