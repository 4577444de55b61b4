import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { bareHash, documentHash, type Claims } from '@cp/auth';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError, print, type DocumentNode } from 'graphql';
import { StaffingFeed } from './staffing-feed';

interface TrustedOptions {
  /** The console's documents, registered at build time (GraphQL Codegen's persisted-documents.json: hash → text). */
  consoleDocuments: Record<string, string>;
  /** Production: a signed-in caller runs only registered documents. */
  enforce: boolean;
  feed: { staffingUrl: string; gatewaySecret: string; intervalMs: number } | null;
}

type Registered = { trustedPartnerOperations: Array<{ partnerId: string; hash: string; document: string }> };

/**
 * 可信文档 (trusted documents): the console's operations, registered when it is built, and each
 * partner's operations, registered by an administrator in staffing. A client may send a
 * document's hash instead of its text; in production a console user runs only the console's
 * documents and a partner only its own. Anonymous callers (who can only log in or exchange
 * credentials) and the platform's own services are not held to the list.
 */
export class TrustedDocuments {
  private readonly texts = new Map<string, string>();
  private readonly consoleHashes = new Set<string>();
  private partnerHashes = new Map<string, Set<string>>();
  private partnerTexts = new Map<string, string>();
  private readonly hashes = new WeakMap<DocumentNode, string>();
  readonly feed: StaffingFeed<Registered> | null;

  constructor(private readonly options: TrustedOptions) {
    for (const [key, text] of Object.entries(options.consoleDocuments)) {
      this.texts.set(bareHash(key), text);
      this.consoleHashes.add(documentHash(text));
    }
    this.feed = options.feed
      ? new StaffingFeed<Registered>({
          ...options.feed,
          query: '{ trustedPartnerOperations { partnerId hash document } }',
          apply: (data) => this.learnPartners(data.trustedPartnerOperations),
          refreshAfter: ['registerPartnerOperation', 'removePartnerOperation', 'revokePartner'],
        })
      : null;
  }

  /** The text of a registered document, by the hash a client sent. */
  text(key: string): string | undefined {
    const hash = bareHash(key);
    return this.texts.get(hash) ?? this.partnerTexts.get(hash);
  }

  /** Whether this caller may run this document. */
  allows(claims: Claims | null, document: DocumentNode): boolean {
    if (!this.options.enforce || !claims || claims.sub.startsWith('service:')) return true;
    const hash = this.canonicalHash(document);
    if (claims.roles.includes('partner')) return !!this.partnerHashes.get(claims.sub)?.has(hash);
    return this.consoleHashes.has(hash);
  }

  private learnPartners(rows: Registered['trustedPartnerOperations']): void {
    const hashes = new Map<string, Set<string>>();
    const texts = new Map<string, string>();
    for (const r of rows) {
      const sub = `partner:${r.partnerId}`;
      hashes.set(sub, (hashes.get(sub) ?? new Set()).add(r.hash));
      texts.set(r.hash, r.document);
    }
    [this.partnerHashes, this.partnerTexts] = [hashes, texts];
  }

  /** As `documentHash` computes it, once per parsed document (the gateway caches parses). */
  private canonicalHash(document: DocumentNode): string {
    let hash = this.hashes.get(document);
    if (!hash) this.hashes.set(document, (hash = createHash('sha256').update(print(document)).digest('hex')));
    return hash;
  }
}

/**
 * Refuses, before execution, a document this caller may not run. (Hashes are resolved to texts
 * earlier, by the gateway's own persisted-documents support: see `createGateway`.)
 */
export function useTrustedDocuments(trusted: TrustedDocuments): GatewayPlugin<{ claims?: Claims | null }> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      if (trusted.allows(args.contextValue.claims ?? null, args.document)) return;
      setResultAndStopExecution({
        errors: [
          new GraphQLError('生产环境只执行已登记的操作（可信文档）；合作平台请将该操作交分局管理员登记', {
            extensions: { code: 'OPERATION_NOT_REGISTERED' },
          }),
        ],
      });
    },
  };
}

/**
 * Reads persisted-documents manifests (hash → text) into one: each console package's build
 * writes one to `dist/persisted-documents.json`. With a directory, every package under it.
 */
export function loadDocumentManifests(paths: string[]): Record<string, string> {
  const files = paths.flatMap((p) =>
    statSync(p, { throwIfNoEntry: false })?.isDirectory()
      ? readdirSync(p)
          .map((pkg) => join(p, pkg, 'dist', 'persisted-documents.json'))
          .filter((f) => existsSync(f))
      : [p],
  );
  return Object.assign({}, ...files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as Record<string, string>));
}
