import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICES } from '@cp/launcher';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { manifests, SECRET, SECRET_KEYS } from './manifests';
import { render } from './render';

/* The Kubernetes manifests: schema-checked object by object, committed as rendered, and wired together. */

type Obj = { apiVersion: string; kind: string; metadata: { name: string; labels?: Record<string, string> }; spec?: any };
const all = Object.values(manifests()).flat();
const objects = all.map((o) => o.toJSON() as Obj);
const ofKind = (kind: string) => objects.filter((o) => o.kind === kind);

describe('the deployment manifests', () => {
  it("validate against Kubernetes' own schema, which does refuse a malformed object", () => {
    for (const o of all) expect(() => o.validate(), JSON.stringify((o.toJSON() as Obj).metadata)).not.toThrow();
    const broken = new Deployment({ metadata: { name: 'x' }, spec: { replicas: 'two' as never, selector: {}, template: {} } });
    expect(() => broken.validate()).toThrow();
  });

  it('are committed as rendered (k8s/ is this render, every file listed in the kustomization)', () => {
    const dir = join(__dirname, '../k8s');
    const files = render();
    expect(readdirSync(dir).sort()).toEqual(Object.keys(files).sort());
    for (const [file, text] of Object.entries(files)) expect(readFileSync(join(dir, file), 'utf8'), `${file}: run npm run render in deploy/`).toBe(text);
    const docs = parseAllDocuments(files['subgraphs.yaml']!).map((d) => d.toJSON() as Obj);
    expect(docs.length).toBe(SERVICES.length * 4);
  });

  it('run every service, the gateway and the console as two replicas at least, probed, sized, autoscaled and never all evicted', () => {
    const deployments = ofKind('Deployment');
    expect(deployments.map((d) => d.metadata.name).sort()).toEqual([...SERVICES.map((s) => `cp-${s.name}`), 'cp-console', 'cp-gateway'].sort());
    for (const d of deployments) {
      const [container] = d.spec.template.spec.containers;
      expect(d.spec.replicas).toBeGreaterThanOrEqual(2);
      expect(container.readinessProbe.httpGet).toMatchObject({ path: d.metadata.name === 'cp-console' ? '/health' : '/ready', port: 'http' });
      expect(container.livenessProbe.httpGet).toMatchObject({ path: '/health', port: 'http' });
      expect(container.resources.requests).toEqual({ cpu: expect.any(String), memory: expect.stringMatching(/Mi$/) });
      expect(container.resources.limits.memory).toMatch(/Mi$/);
      const pods = d.spec.template.metadata.labels;
      const service = ofKind('Service').find((s) => s.metadata.name === d.metadata.name)!;
      expect(service.spec.selector).toEqual(pods);
      expect(container.ports.map((p: { name: string }) => p.name)).toContain(service.spec.ports[0].targetPort);
      const hpa = ofKind('HorizontalPodAutoscaler').find((h) => h.spec.scaleTargetRef.name === d.metadata.name)!;
      expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
      expect(hpa.spec.metrics[0].resource.name).toBe('cpu');
      expect(ofKind('PodDisruptionBudget').find((p) => p.metadata.name === d.metadata.name)!.spec.selector.matchLabels).toEqual(pods);
    }
  });

  it('take every secret from the cluster: no secret value in any manifest', () => {
    const env = objects.flatMap((o) => {
      const pod = o.spec?.template?.spec ?? o.spec?.jobTemplate?.spec?.template?.spec;
      return [...(pod?.containers ?? []), ...(pod?.initContainers ?? [])].flatMap((c: { env?: Array<Record<string, any>> }) => c.env ?? []);
    });
    const fromSecrets = env.filter((e) => e.valueFrom?.secretKeyRef);
    expect(fromSecrets.length).toBeGreaterThan(0);
    for (const e of fromSecrets) {
      expect(e.valueFrom.secretKeyRef.name).toBe(SECRET);
      expect(SECRET_KEYS).toContain(e.valueFrom.secretKeyRef.key);
    }
    for (const e of env.filter((v) => /SECRET|PASSWORD/.test(v.name))) expect(e.value, e.name).toBeUndefined();
    // a password reaches a URL only through the variable the cluster filled in
    for (const e of env.filter((v) => /DATABASE_URL/.test(v.name))) expect(e.value).toMatch(/^postgres:\/\/cp:\$\(DB_PASSWORD\)@/);
  });

  it('point the gateway at every subgraph, and give PostgreSQL a standby cloned from the primary', () => {
    const config = ofKind('ConfigMap').find((c) => c.metadata.name === 'cp-config') as unknown as { data: Record<string, string> };
    for (const s of SERVICES) expect(config.data[`${s.name.toUpperCase()}_URL`]).toBe(`http://cp-${s.name}:${s.port}/graphql`);
    const standby = ofKind('StatefulSet').find((s) => s.metadata.name === 'cp-postgres-standby')!;
    expect(standby.spec.template.spec.initContainers[0].command.join(' ')).toMatch(/pg_basebackup -h cp-postgres .* -R /);
    const init = ofKind('ConfigMap').find((c) => c.metadata.name === 'cp-postgres-init') as unknown as { data: Record<string, string> };
    for (const s of SERVICES) expect(init.data['init.sh']).toContain(s.database);
  });
});
