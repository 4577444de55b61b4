import { useQuery } from '@apollo/client/react';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useEffect, useState } from 'react';
import { snapshots } from './device';

/**
 * A page's query that still answers without network: each answer is kept on the phone for the
 * day, and shown (marked as such) when the gateway cannot be reached.
 */
export function useDayQuery<T, V extends OperationVariables>(document: TypedDocumentNode<T, V>, key: string, variables?: V, skip = false) {
  const { data, error, loading, refetch } = useQuery(document, { variables: variables as V, fetchPolicy: 'network-only', skip } as never);
  const [kept, setKept] = useState<T | null>(null);
  useEffect(() => {
    if (data) void snapshots.save(key, data);
    else if (error) void snapshots.read<T>(key).then(setKept);
  }, [data, error, key]);
  return { data: (data as T | undefined) ?? kept ?? undefined, fromDevice: !data && !!kept, failed: !data && !kept && !!error, loading, refetch };
}
