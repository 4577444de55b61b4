import { GraphQLError } from 'graphql';
import { validate, type ValidationError } from 'class-validator';
import { Directive, Field, ObjectType } from 'type-graphql';

/**
 * An error the caller can act on: a stable `code` for machines and a Chinese `message`
 * for console users. Thrown for request-level failures (auth, not found, conflicts).
 */
export class DomainError extends GraphQLError {
  constructor(code: string, message: string, field?: string) {
    super(message, { extensions: { code, ...(field ? { field } : {}) } });
  }
}

export const errors = {
  unauthenticated: () => new DomainError('UNAUTHENTICATED', '请先登录'),
  unauthorized: () => new DomainError('UNAUTHORIZED', '您的角色无权执行此操作'),
  outsideJurisdiction: () => new DomainError('OUTSIDE_JURISDICTION', '该记录不在您的辖区范围内'),
};

/** A refusal in a mutation payload (`errors` branch), naming the field when there is one. */
@ObjectType({ description: '业务校验错误：code 供程序判断，message 为中文说明' })
@Directive('@shareable')
export class UserError {
  @Field({ description: '稳定的错误代码，如 RESIDENT_ID_CHECKSUM' })
  code!: string;

  @Field({ description: '中文说明' })
  message!: string;

  @Field(() => String, { nullable: true, description: '出错的输入字段' })
  field?: string | null;
}

export const userError = (code: string, message: string, field?: string): UserError => ({
  code,
  message,
  field: field ?? null,
});

/**
 * Validates a type-graphql input instance with class-validator. Each decorator carries its
 * Chinese message and a `context: { code }`; the field path names what to fix.
 */
export async function validateInput(input: object): Promise<UserError[]> {
  const found = await validate(input, { forbidUnknownValues: false });
  return flatten(found, '');
}

function flatten(list: ValidationError[], prefix: string): UserError[] {
  return list.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([rule, message]) => {
      const code = (e.contexts?.[rule] as { code?: string } | undefined)?.code;
      return userError(code ?? `INVALID_${toConst(e.property)}`, message, field);
    });
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

const toConst = (s: string) => s.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
