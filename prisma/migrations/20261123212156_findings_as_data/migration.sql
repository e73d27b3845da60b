-- Findings and metric bases become data; documents gain format, page map, original bytes and citation
-- metadata. Everything stored is rebuilt from the sources by `npm run db:import`, so the old rows are cleared
-- here rather than given placeholder values for the new required columns. Run a full import afterwards.
DELETE FROM "ImportRun";
DELETE FROM "MetricValue";
DELETE FROM "FindingLocation";
DELETE FROM "AuditFinding";
DELETE FROM "GlossaryTerm";
DELETE FROM "NarrativeFigure";
DELETE FROM "OperatingExpense";
DELETE FROM "ThreePublicItem";
DELETE FROM "Indicator";
DELETE FROM "ProjectAmount";
DELETE FROM "Project";
DELETE FROM "BudgetAmount";
DELETE FROM "BudgetLine";
DELETE FROM "BudgetTable";
DELETE FROM "SourceDocument";
DELETE FROM "Entity";
DELETE FROM "District";

-- AlterTable
ALTER TABLE "BudgetLine" ADD COLUMN "codeAsPrinted" TEXT;

-- AlterTable
ALTER TABLE "Project" ADD COLUMN "metric" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AuditFinding" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "check" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    "districtId" INTEGER,
    "year" INTEGER,
    "metric" TEXT,
    "causeId" TEXT,
    "foundFen" BIGINT,
    "expectedFen" BIGINT,
    "differenceFen" BIGINT,
    "paramsJson" TEXT NOT NULL,
    CONSTRAINT "AuditFinding_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_AuditFinding" ("check", "districtId", "id", "severity", "year") SELECT "check", "districtId", "id", "severity", "year" FROM "AuditFinding";
DROP TABLE "AuditFinding";
ALTER TABLE "new_AuditFinding" RENAME TO "AuditFinding";
CREATE TABLE "new_BudgetAmount" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "lineId" INTEGER NOT NULL,
    "column" TEXT NOT NULL,
    "columnIndex" INTEGER NOT NULL,
    "amountFen" BIGINT NOT NULL,
    "unit" TEXT NOT NULL,
    "amountAsPublished" TEXT NOT NULL,
    "sourceLine" INTEGER NOT NULL,
    "readingFindingId" TEXT,
    CONSTRAINT "BudgetAmount_lineId_fkey" FOREIGN KEY ("lineId") REFERENCES "BudgetLine" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_BudgetAmount" ("amountAsPublished", "amountFen", "column", "columnIndex", "id", "lineId", "sourceLine", "unit") SELECT "amountAsPublished", "amountFen", "column", "columnIndex", "id", "lineId", "sourceLine", "unit" FROM "BudgetAmount";
DROP TABLE "BudgetAmount";
ALTER TABLE "new_BudgetAmount" RENAME TO "BudgetAmount";
CREATE INDEX "BudgetAmount_lineId_idx" ON "BudgetAmount"("lineId");
CREATE TABLE "new_FindingLocation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "findingId" TEXT NOT NULL,
    "documentId" INTEGER NOT NULL,
    "line" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "tableNo" INTEGER,
    "column" TEXT,
    "amountFen" BIGINT,
    CONSTRAINT "FindingLocation_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "AuditFinding" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FindingLocation_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "SourceDocument" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_FindingLocation" ("documentId", "findingId", "id", "line") SELECT "documentId", "findingId", "id", "line" FROM "FindingLocation";
DROP TABLE "FindingLocation";
ALTER TABLE "new_FindingLocation" RENAME TO "FindingLocation";
CREATE INDEX "FindingLocation_findingId_idx" ON "FindingLocation"("findingId");
CREATE INDEX "FindingLocation_documentId_idx" ON "FindingLocation"("documentId");
CREATE TABLE "new_MetricValue" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "districtId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "metric" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "amountFen" BIGINT,
    "unitAsPublished" TEXT,
    "amountAsPublished" TEXT,
    "scope" TEXT,
    "entityName" TEXT,
    "documentId" INTEGER,
    "sourceLine" INTEGER,
    "sourceText" TEXT,
    "projectId" INTEGER,
    "basisJson" TEXT NOT NULL,
    "findingIdsJson" TEXT NOT NULL,
    CONSTRAINT "MetricValue_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "MetricValue_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "SourceDocument" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "MetricValue_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_MetricValue" ("amountAsPublished", "amountFen", "districtId", "documentId", "entityName", "findingIdsJson", "id", "metric", "scope", "sourceLine", "sourceText", "status", "unitAsPublished", "year") SELECT "amountAsPublished", "amountFen", "districtId", "documentId", "entityName", "findingIdsJson", "id", "metric", "scope", "sourceLine", "sourceText", "status", "unitAsPublished", "year" FROM "MetricValue";
DROP TABLE "MetricValue";
ALTER TABLE "new_MetricValue" RENAME TO "MetricValue";
CREATE UNIQUE INDEX "MetricValue_districtId_year_metric_key" ON "MetricValue"("districtId", "year", "metric");
CREATE TABLE "new_SourceDocument" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "fileName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "districtId" INTEGER NOT NULL,
    "entityId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "phase" TEXT NOT NULL,
    "layout" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "pageMapJson" TEXT,
    "originalBytes" BLOB,
    "sourceUrl" TEXT,
    "publisher" TEXT,
    "publishedOn" TEXT,
    "title" TEXT NOT NULL,
    "titleLine" INTEGER NOT NULL,
    "lineCount" INTEGER NOT NULL,
    "byteLength" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    CONSTRAINT "SourceDocument_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "SourceDocument_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_SourceDocument" ("byteLength", "districtId", "entityId", "fileName", "id", "kind", "layout", "lineCount", "phase", "scope", "sha256", "text", "title", "titleLine", "year") SELECT "byteLength", "districtId", "entityId", "fileName", "id", "kind", "layout", "lineCount", "phase", "scope", "sha256", "text", "title", "titleLine", "year" FROM "SourceDocument";
DROP TABLE "SourceDocument";
ALTER TABLE "new_SourceDocument" RENAME TO "SourceDocument";
CREATE UNIQUE INDEX "SourceDocument_fileName_key" ON "SourceDocument"("fileName");
CREATE UNIQUE INDEX "SourceDocument_sha256_key" ON "SourceDocument"("sha256");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
