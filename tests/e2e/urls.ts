/** Valid URLs of the site: every page kind and every export, for load, header and fuzz tests. */
export const PAGE_PATHS = [
  "/",
  "/metrics/medical-assistance",
  "/metrics/mutual-aid",
  "/metrics/three-public",
  "/metrics/operating-expenses",
  "/districts",
  "/districts/baoshan",
  "/districts/qingpu",
  "/districts/putuo",
  "/sources/000_d13884772bd57538.txt",
  "/sources/003_4aef83699c38162e.txt",
  "/audit",
  "/about",
];

export const EXPORT_PATHS = [
  "/api/metrics.csv",
  "/api/metrics.json",
  "/api/lines.csv",
  "/api/projects.csv",
  "/api/indicators.csv",
  "/api/three-public.csv",
  "/api/findings.csv",
  "/api/datapackage.json",
  "/api/export.zip",
];
