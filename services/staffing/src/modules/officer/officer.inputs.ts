import { IsOptional, Matches } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: '警员工作电话（公示给群众与同事的警务电话）' })
export class UpdateOfficerPhoneInput {
  @Field(() => ID) id!: string;

  @Field(() => Int, { description: '读取时的版本号' }) version!: number;

  @Field(() => String, { nullable: true, description: '手机或座机（如 13800000000、010-64001234）；空为清除' })
  @IsOptional()
  @Matches(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, { message: '工作电话应为 11 位手机号，或带区号的座机号', context: { code: 'OFFICER_PHONE_FORMAT' } })
  phone?: string | null;
}
