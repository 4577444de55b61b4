import { SERVICES } from '@cp/launcher';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { StatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import type { IStatefulSetSpec } from 'kubernetes-models/apps/v1/StatefulSetSpec';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { CronJob } from 'kubernetes-models/batch/v1/CronJob';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import type { IContainer } from 'kubernetes-models/v1/Container';
import type { IEnvVar } from 'kubernetes-models/v1/EnvVar';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { PersistentVolumeClaim } from 'kubernetes-models/v1/PersistentVolumeClaim';
import type { IProbe } from 'kubernetes-models/v1/Probe';
import type { IResourceRequirements } from 'kubernetes-models/v1/ResourceRequirements';
import { Service } from 'kubernetes-models/v1/Service';

/**
 * The platform on Kubernetes, as objects: every subgraph, the gateway and the console server as
 * Deployments of one image (two replicas at least, autoscaled on CPU, never all evicted at once),
 * PostgreSQL 15 with a streaming standby, the migrations of a release as a Job, and the nightly
 * backup as a CronJob. `render.ts` writes them to `k8s/` (applied with `kubectl apply -k`);
 * the test schema-checks every object and that the committed YAML is this render.
 */

export const NAMESPACE = 'community-policing';
/** One image for every Node process (deploy/Dockerfile); the tag is set per release (`kustomize edit set image`). */
export const IMAGE = 'community-policing/platform:latest';
export const POSTGRES_IMAGE = 'postgres:15.18-bookworm';

/** What the cluster's secret `cp-secrets` holds (created by the operator, never committed: docs/DEPLOYMENT.md). */
export const SECRET = 'cp-secrets';
export const SECRET_KEYS = ['GATEWAY_SECRET', 'AUTH_TOKEN_SECRET', 'DB_PASSWORD', 'POSTGRES_PASSWORD', 'REPLICATION_PASSWORD'] as const;
const fromSecret = (name: (typeof SECRET_KEYS)[number]): IEnvVar => ({ name, valueFrom: { secretKeyRef: { name: SECRET, key: name } } });

/**
 * Requests from the scale benchmark (bench/results): CPU for about 4 one-client console pages a
 * second per replica at 1 M residents (staffing's time in the community and population's facts
 * are the heaviest), memory from the peak resident set seen there, limits at twice it.
 */
const SIZES: Record<string, { cpu: string; memoryMi: number }> = {
  population: { cpu: '500m', memoryMi: 384 },
  disputes: { cpu: '250m', memoryMi: 256 },
  staffing: { cpu: '750m', memoryMi: 320 },
  performance: { cpu: '250m', memoryMi: 192 },
  tasks: { cpu: '100m', memoryMi: 192 },
  gateway: { cpu: '500m', memoryMi: 640 },
  console: { cpu: '50m', memoryMi: 64 },
};
const resources = (name: string): IResourceRequirements => ({
  requests: { cpu: SIZES[name]!.cpu, memory: `${SIZES[name]!.memoryMi}Mi` },
  limits: { memory: `${SIZES[name]!.memoryMi * 2}Mi` },
});

const labels = (component: string) => ({ 'app.kubernetes.io/name': 'community-policing', 'app.kubernetes.io/component': component });
const meta = (name: string, component = name) => ({ name: `cp-${name}`, namespace: NAMESPACE, labels: labels(component) });
const probe = (path: string, port: string, periodSeconds: number): IProbe => ({
  httpGet: { path, port },
  periodSeconds,
  timeoutSeconds: 3,
  failureThreshold: 3,
});

const DATABASE_HOST = 'cp-postgres';
const STANDBY_HOST = 'cp-postgres-standby';
const databaseUrl = (database: string, host = DATABASE_HOST) => `postgres://cp:$(DB_PASSWORD)@${host}:5432/${database}`;
/** The service databases, and the gateway's shared partner rate-limit counts. */
const DATABASES = [...SERVICES.map((s) => s.database), 'cp_gateway'];

const config = new ConfigMap({
  metadata: meta('config', 'platform'),
  data: {
    NODE_ENV: 'production',
    LOG_LEVEL: 'info',
    HOST: '0.0.0.0',
    GATEWAY_URL: 'http://cp-gateway:4000/graphql',
    SUBGRAPH_TIMEOUT_MS: '10000',
    DB_POOL_MAX: '10',
    // the ingress controller's pods: their X-Forwarded-For is the browser's address in the audit trail
    TRUSTED_PROXIES: '10.0.0.0/8',
    ...Object.fromEntries(SERVICES.map((s) => [`${s.name.toUpperCase()}_URL`, `http://cp-${s.name}:${s.port}/graphql`])),
  },
});

interface NodeProcess {
  name: string;
  port: number;
  args: string[];
  env: IEnvVar[];
  ready: string;
  maxReplicas: number;
}

function nodeProcess(p: NodeProcess): Array<Deployment | Service | HorizontalPodAutoscaler | PodDisruptionBudget> {
  const container: IContainer = {
    name: p.name,
    image: IMAGE,
    args: p.args,
    ports: [{ name: 'http', containerPort: p.port }],
    envFrom: [{ configMapRef: { name: 'cp-config' } }],
    env: [{ name: 'PORT', value: String(p.port) }, ...p.env],
    readinessProbe: probe(p.ready, 'http', 5),
    livenessProbe: { ...probe('/health', 'http', 10), initialDelaySeconds: 10 },
    resources: resources(p.name),
    securityContext: { runAsNonRoot: true, runAsUser: 1000, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true },
    // the one writable place, for anything a library puts in the temporary folder
    volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
  };
  return [
    new Deployment({
      metadata: meta(p.name),
      spec: {
        replicas: 2,
        selector: { matchLabels: labels(p.name) },
        // a new replica serves before an old one leaves: no request waits on a rollout
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
        template: {
          metadata: { labels: labels(p.name) },
          spec: {
            containers: [container],
            volumes: [{ name: 'tmp', emptyDir: {} }],
            // SIGTERM drains in-flight requests (Apollo's drain plugin, the gateway's close)
            terminationGracePeriodSeconds: 30,
            topologySpreadConstraints: [
              { maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: labels(p.name) } },
            ],
          },
        },
      },
    }),
    new Service({ metadata: meta(p.name), spec: { selector: labels(p.name), ports: [{ name: 'http', port: p.port, targetPort: 'http' }] } }),
    new HorizontalPodAutoscaler({
      metadata: meta(p.name),
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: `cp-${p.name}` },
        minReplicas: 2,
        maxReplicas: p.maxReplicas,
        metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }],
      },
    }),
    new PodDisruptionBudget({ metadata: meta(p.name), spec: { minAvailable: 1, selector: { matchLabels: labels(p.name) } } }),
  ];
}

const subgraphs = SERVICES.flatMap((s) =>
  nodeProcess({
    name: s.name,
    port: s.port,
    args: ['node', `services/${s.name}/dist/main.js`, 'serve'],
    env: [
      fromSecret('DB_PASSWORD'),
      { name: 'DATABASE_URL', value: databaseUrl(s.database) },
      // queries that tolerate a short lag read the standby while it keeps up (service-kit's standby.ts)
      { name: 'DATABASE_READ_URL', value: databaseUrl(s.database, STANDBY_HOST) },
      fromSecret('GATEWAY_SECRET'),
      fromSecret('AUTH_TOKEN_SECRET'),
    ],
    ready: '/ready',
    maxReplicas: 8,
  }),
);

const gateway = nodeProcess({
  name: 'gateway',
  port: 4000,
  args: ['node', 'gateway/dist/main.js'],
  env: [
    fromSecret('GATEWAY_SECRET'),
    fromSecret('AUTH_TOKEN_SECRET'),
    fromSecret('DB_PASSWORD'),
    // replicas count each partner's requests together
    { name: 'RATE_LIMIT_DATABASE_URL', value: databaseUrl('cp_gateway') },
  ],
  ready: '/ready',
  maxReplicas: 6,
});

const consoleServer = nodeProcess({
  name: 'console',
  port: 5173,
  args: ['node', 'packages/launcher/dist/console-main.js'],
  env: [],
  ready: '/health',
  maxReplicas: 4,
});

/** Browsers reach the console and, for /graphql, the gateway itself (the audit trail then sees the ingress's X-Forwarded-For). */
const ingress = new Ingress({
  metadata: { ...meta('ingress', 'edge'), annotations: { 'nginx.ingress.kubernetes.io/proxy-body-size': '1m' } },
  spec: {
    rules: [
      {
        host: 'police.example.gov.cn',
        http: {
          paths: [
            { path: '/graphql', pathType: 'Prefix', backend: { service: { name: 'cp-gateway', port: { name: 'http' } } } },
            { path: '/', pathType: 'Prefix', backend: { service: { name: 'cp-console', port: { name: 'http' } } } },
          ],
        },
      },
    ],
    tls: [{ hosts: ['police.example.gov.cn'], secretName: 'cp-tls' }],
  },
});

/** Runs once per release before the new replicas start: each service's migrations, in turn. */
const migrate = new Job({
  metadata: meta('migrate', 'migrate'),
  spec: {
    backoffLimit: 2,
    ttlSecondsAfterFinished: 86_400,
    template: {
      metadata: { labels: labels('migrate') },
      spec: {
        restartPolicy: 'Never',
        initContainers: SERVICES.map((s) => ({
          name: `migrate-${s.name}`,
          image: IMAGE,
          args: ['node', `services/${s.name}/dist/main.js`, 'migrate'],
          envFrom: [{ configMapRef: { name: 'cp-config' } }],
          env: [
            fromSecret('DB_PASSWORD'),
            { name: 'DATABASE_URL', value: databaseUrl(s.database) },
            fromSecret('GATEWAY_SECRET'),
            fromSecret('AUTH_TOKEN_SECRET'),
          ],
        })),
        containers: [{ name: 'done', image: IMAGE, args: ['node', '-e', 'console.log("migrations applied")'] }],
      },
    },
  },
});

// ---- PostgreSQL 15: a primary and a streaming standby (reads that tolerate a short lag, and a warm spare)

const postgresInit = new ConfigMap({
  metadata: meta('postgres-init', 'postgres'),
  data: {
    // runs once, when the primary's data directory is first created (the image's initdb hook)
    'init.sh': [
      'set -e',
      'psql -v ON_ERROR_STOP=1 -v pw="$DB_PASSWORD" -v rpw="$REPLICATION_PASSWORD" --username "$POSTGRES_USER" <<-SQL',
      "  create role cp login password :'pw';",
      "  create role replicator replication login password :'rpw';",
      'SQL',
      `for db in ${DATABASES.join(' ')}; do createdb --username "$POSTGRES_USER" --owner cp "$db"; done`,
      'echo "host replication replicator all scram-sha-256" >> "$PGDATA/pg_hba.conf"',
      '',
    ].join('\n'),
  },
});

const PGDATA = '/var/lib/postgresql/data/pgdata';
/** The primary and the standby run the same server; the primary also mounts its first-start script. */
const postgresContainer = (extraMounts: NonNullable<IContainer['volumeMounts']> = []): IContainer => ({
  name: 'postgres',
  image: POSTGRES_IMAGE,
  args: ['-c', 'wal_level=replica', '-c', 'max_wal_senders=10', '-c', 'hot_standby=on', '-c', 'max_connections=300'],
  ports: [{ name: 'postgres', containerPort: 5432 }],
  env: [{ name: 'PGDATA', value: PGDATA }, fromSecret('POSTGRES_PASSWORD'), fromSecret('DB_PASSWORD'), fromSecret('REPLICATION_PASSWORD')],
  readinessProbe: { exec: { command: ['pg_isready', '-U', 'postgres'] }, periodSeconds: 5 },
  livenessProbe: { exec: { command: ['pg_isready', '-U', 'postgres'] }, periodSeconds: 15, initialDelaySeconds: 30 },
  resources: { requests: { cpu: '2', memory: '4Gi' }, limits: { memory: '8Gi' } },
  volumeMounts: [{ name: 'data', mountPath: '/var/lib/postgresql/data' }, ...extraMounts],
});
const dataClaim = (size: string): NonNullable<IStatefulSetSpec['volumeClaimTemplates']> => [
  { metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: size } } } },
];

const postgresPrimary = new StatefulSet({
  metadata: meta('postgres', 'postgres'),
  spec: {
    serviceName: 'cp-postgres',
    replicas: 1,
    selector: { matchLabels: labels('postgres') },
    template: {
      metadata: { labels: labels('postgres') },
      spec: {
        containers: [postgresContainer([{ name: 'init', mountPath: '/docker-entrypoint-initdb.d' }])],
        volumes: [{ name: 'init', configMap: { name: 'cp-postgres-init' } }],
      },
    },
    volumeClaimTemplates: dataClaim('200Gi'),
  },
});

/** Cloned from the primary by pg_basebackup on first start (`-R` writes standby.signal and primary_conninfo), then streams its WAL. */
const postgresStandby = new StatefulSet({
  metadata: meta('postgres-standby', 'postgres-standby'),
  spec: {
    serviceName: 'cp-postgres-standby',
    replicas: 1,
    selector: { matchLabels: labels('postgres-standby') },
    template: {
      metadata: { labels: labels('postgres-standby') },
      spec: {
        initContainers: [
          {
            name: 'clone-primary',
            image: POSTGRES_IMAGE,
            command: ['sh', '-c', `[ -s ${PGDATA}/PG_VERSION ] || pg_basebackup -h cp-postgres -U replicator -D ${PGDATA} -R -X stream --checkpoint=fast`],
            env: [{ name: 'PGPASSWORD', valueFrom: { secretKeyRef: { name: SECRET, key: 'REPLICATION_PASSWORD' } } }],
            volumeMounts: [{ name: 'data', mountPath: '/var/lib/postgresql/data' }],
            securityContext: { runAsUser: 999 },
          },
        ],
        containers: [postgresContainer()],
      },
    },
    volumeClaimTemplates: dataClaim('200Gi'),
  },
});

const postgresServices = ['postgres', 'postgres-standby'].map(
  (name) => new Service({ metadata: meta(name), spec: { selector: labels(name), ports: [{ name: 'postgres', port: 5432, targetPort: 'postgres' }] } }),
);

// ---- the nightly backup (npm run backup's command), kept 14 days on its own volume

const backups = new PersistentVolumeClaim({
  metadata: meta('backups', 'backup'),
  spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '500Gi' } } },
});

const backup = new CronJob({
  metadata: meta('backup', 'backup'),
  spec: {
    schedule: '0 2 * * *',
    timeZone: 'Asia/Shanghai',
    concurrencyPolicy: 'Forbid',
    jobTemplate: {
      spec: {
        backoffLimit: 1,
        template: {
          metadata: { labels: labels('backup') },
          spec: {
            restartPolicy: 'Never',
            containers: [
              {
                name: 'backup',
                image: IMAGE,
                args: ['node', 'packages/launcher/dist/backup.js', 'backup', '--to', '/backups', '--keep', '14'],
                env: [fromSecret('DB_PASSWORD'), { name: 'DATABASE_URL', value: databaseUrl('postgres') }],
                resources: { requests: { cpu: '500m', memory: '256Mi' }, limits: { memory: '1Gi' } },
                volumeMounts: [{ name: 'backups', mountPath: '/backups' }],
              },
            ],
            volumes: [{ name: 'backups', persistentVolumeClaim: { claimName: 'cp-backups' } }],
          },
        },
      },
    },
  },
});

/** Every object, by the file it is written to. */
export function manifests(): Record<string, Array<{ toJSON(): unknown; validate(): void }>> {
  return {
    'namespace.yaml': [new Namespace({ metadata: { name: NAMESPACE, labels: labels('platform') } })],
    'config.yaml': [config],
    'subgraphs.yaml': subgraphs,
    'gateway.yaml': gateway,
    'console.yaml': [...consoleServer, ingress],
    'migrate.yaml': [migrate],
    'postgres.yaml': [postgresInit, postgresPrimary, postgresStandby, ...postgresServices],
    'backup.yaml': [backups, backup],
  };
}
