// The entry the Helm chart bench (bench/helm-charts.mjs) bundles: the gate's renderer and snapshot.
export { renderCharts } from '../src/evidence/helm.js'
export { Repository } from '../src/evidence/repository.js'
