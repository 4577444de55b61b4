import { UserError } from '@cp/service-kit';
import { ArrayMaxSize, ArrayMinSize } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Officer } from '../officer/officer.type';

@ObjectType({ description: '警组（2–5 人，同班次）' })
export class PoliceGroup {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => Officer, { nullable: true, description: '组长' }) leader!: Officer | null;
  @Field(() => [Officer]) members!: Officer[];
  @Field(() => Int) version!: number;
  stationId!: string;
}

@InputType({ description: '新建或修改警组' })
export class SavePoliceGroupInput {
  @Field(() => ID, { nullable: true, description: '修改时填写' }) id?: string | null;
  @Field(() => Int, { nullable: true, description: '修改时填写读取时的版本号' }) version?: number | null;
  @Field(() => ID) stationId!: string;
  @Field() name!: string;
  @Field(() => [ID])
  @ArrayMinSize(2, { message: '警组至少 2 人', context: { code: 'GROUP_SIZE' } })
  @ArrayMaxSize(5, { message: '警组至多 5 人', context: { code: 'GROUP_SIZE' } })
  memberIds!: string[];
  @Field(() => ID, { description: '组长，须为组员' }) leaderId!: string;
}

@ObjectType()
export class PoliceGroupPayload {
  @Field(() => PoliceGroup, { nullable: true }) group!: PoliceGroup | null;
  @Field(() => [UserError]) errors!: UserError[];
}
