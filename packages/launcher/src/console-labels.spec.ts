import { ROLES } from '@cp/auth';
import { describe, expect, it } from 'vitest';
import { consoleDocuments } from './in-process';

/*
 * The audit trail records operations and roles by name; the console shows them in Chinese. These
 * keep the labels complete: a console document that reads a person's record, or a role, without
 * a label fails here rather than showing a code on screen.
 */

/** A document that reaches a resident's record (directly, or through occupants, parties, a task's subject). */
const READS_PEOPLE = /\b(idNumber|phone|birthDate|occupants|parties)\b|\bresidents?\s*[({]/;

// the labels are the browser's (an ES module): imported as one
const labels = () => import('../../web-client/src/audit-labels.js');

describe('console labels', () => {
  it('names every console operation that reads a person', async () => {
    const { OPERATION_LABELS } = await labels();
    const operations = Object.values(consoleDocuments())
      .filter((text) => READS_PEOPLE.test(text))
      .map((text) => /(?:query|mutation)\s+(\w+)/.exec(text)?.[1] ?? '');
    expect(operations.length).toBeGreaterThan(10);
    expect(operations.filter((op) => !OPERATION_LABELS[op])).toEqual([]);
  });

  it('names every role', async () => {
    const { ROLE_LABELS } = await labels();
    expect(Object.keys(ROLE_LABELS).sort()).toEqual(Object.keys(ROLES).sort());
  });
});
