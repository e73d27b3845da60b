/** The import cannot proceed (sources folder, duplicates, metadata, a document that does not belong). */
export class ImportError extends Error {
  override name = "ImportError";
}
