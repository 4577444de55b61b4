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

/** Population's grid (警格), extended here with nothing: referenced by disputes and the risk map. */
@ObjectType()
@Directive('@key(fields: "id", resolvable: false)')
export class Grid {
  @Field(() => ID) id!: string;
}

/** Staffing's officer: the one who must act on a dispute. */
@ObjectType()
@Directive('@key(fields: "id", resolvable: false)')
export class Officer {
  @Field(() => ID) id!: string;
}
