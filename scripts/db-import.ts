// Thin CLI: args → lib/import → one transaction → summary.
import { ImportError, runImport } from "../lib/import";
import { notifyServer } from "../lib/import/revalidate";
import { env } from "../lib/env";
import { SourceError } from "../lib/parse";

const started = performance.now();
try {
  const summary = await runImport({
    files: process.argv.slice(2),
    sourcesDir: env().SOURCES_DIR,
    progress: (line) => console.log(line),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(
    `imported ${summary.documents.length} documents: ${summary.lineCount} budget lines, ${summary.projectCount} projects, ${summary.findingCount} findings; data version ${summary.dataVersion}; ${seconds} s`,
  );
  try {
    const notified = await notifyServer();
    if (notified) console.log(`asked ${notified} to rebuild its pages`);
  } catch (error) {
    // The data is committed; a server that missed the signal still serves the previous pages.
    console.error(`imported, but ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  }
} catch (error) {
  if (error instanceof SourceError || error instanceof ImportError) {
    console.error(`import failed, database unchanged: ${error.message}`);
  } else {
    console.error(`import failed, database unchanged: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exitCode = 1;
}
