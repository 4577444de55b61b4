import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { manifests } from './manifests';

/** The YAML of each file in k8s/, and its kustomization. */
export function render(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [file, objects] of Object.entries(manifests())) {
    files[file] = `# rendered from deploy/src/manifests.ts (npm run render in deploy/): edit that, not this\n${objects
      .map((o) => stringify(o.toJSON(), { lineWidth: 0 }))
      .join('---\n')}`;
  }
  files['kustomization.yaml'] = stringify({
    apiVersion: 'kustomize.config.k8s.io/v1beta1',
    kind: 'Kustomization',
    resources: Object.keys(manifests()),
    images: [{ name: 'community-policing/platform', newTag: 'latest' }],
  });
  return files;
}

if (require.main === module) {
  for (const [file, text] of Object.entries(render())) writeFileSync(join(__dirname, '../k8s', file), text);
}
