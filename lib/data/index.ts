import "server-only";
// The only database access for pages and routes. Each file holds the queries of one kind of row.
export { getDataVersion } from "./version";
export { getDocumentText, getOriginalFile, listDistricts, listDocuments } from "./documents";
export { listMetricValues, listThreePublicParts } from "./metrics";
export { listBudgetLines } from "./lines";
export { listProjects } from "./projects";
export { listFindings } from "./findings";
export { listGlossary } from "./glossary";
export type * from "./types";
