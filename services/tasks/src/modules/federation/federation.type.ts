import { Directive, Field, ID, ObjectType } from 'type-graphql';

// Other domains' entities a task points at; the gateway resolves them under the caller's own
// jurisdiction and masks, so this domain never copies a name or an address.

/** Population's resident. */
@ObjectType()
@Directive('@key(fields: "id", resolvable: false)')
export class Resident {
  @Field(() => ID) id!: string;
}

/** Population's unit (实有单位). */
@ObjectType()
@Directive('@key(fields: "id", resolvable: false)')
export class Unit {
  @Field(() => ID) id!: string;
}

/** Disputes' dispute. */
@ObjectType()
@Directive('@key(fields: "id", resolvable: false)')
export class Dispute {
  @Field(() => ID) id!: string;
}
