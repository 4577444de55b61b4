import type { FormInstance } from 'antd';

interface CodedError {
  field?: string | null;
  message: string;
}

/**
 * A mutation's refusals where the user looks: each on the form field it names, the rest (a stale
 * version, a period already published…) said once through `say`. Returns whether there were any.
 */
export function showUserErrors(
  form: FormInstance,
  fields: readonly string[],
  errors: readonly CodedError[] | undefined | null,
  say: (text: string) => void,
): boolean {
  if (!errors) return (say('保存失败，请重试'), true);
  if (!errors.length) return false;
  const onForm = errors.filter((e) => e.field && fields.includes(e.field));
  form.setFields(onForm.map((e) => ({ name: e.field!, errors: [e.message] })));
  const rest = errors.filter((e) => !onForm.includes(e));
  if (rest.length) say(rest.map((e) => e.message).join('；'));
  return true;
}
