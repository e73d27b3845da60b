-- CreateTable
CREATE TABLE "District" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Entity" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "districtId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    CONSTRAINT "Entity_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SourceDocument" (
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
    "title" TEXT NOT NULL,
    "titleLine" INTEGER NOT NULL,
    "lineCount" INTEGER NOT NULL,
    "byteLength" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    CONSTRAINT "SourceDocument_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "SourceDocument_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BudgetTable" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "documentId" INTEGER NOT NULL,
    "tableNo" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "titleLine" INTEGER NOT NULL,
    "unit" TEXT NOT NULL,
    "classification" TEXT NOT NULL,
    "columnsJson" TEXT NOT NULL,
    "note" TEXT,
    "noteLine" INTEGER,
    CONSTRAINT "BudgetTable_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "SourceDocument" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BudgetLine" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "documentId" INTEGER NOT NULL,
    "tableId" INTEGER NOT NULL,
    "tableNo" INTEGER NOT NULL,
    "classification" TEXT NOT NULL,
    "side" TEXT,
    "code" TEXT,
    "codeLei" TEXT,
    "codeKuan" TEXT,
    "codeXiang" TEXT,
    "level" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "isTotal" BOOLEAN NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "sourceLine" INTEGER NOT NULL,
    "rawText" TEXT NOT NULL,
    CONSTRAINT "BudgetLine_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "SourceDocument" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "BudgetLine_tableId_fkey" FOREIGN KEY ("tableId") REFERENCES "BudgetTable" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BudgetAmount" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "lineId" INTEGER NOT NULL,
    "column" TEXT NOT NULL,
    "columnIndex" INTEGER NOT NULL,
    "amountFen" BIGINT NOT NULL,
    "unit" TEXT NOT NULL,
    "amountAsPublished" TEXT NOT NULL,
    "sourceLine" INTEGER NOT NULL,
    "readingNote" TEXT,
    CONSTRAINT "BudgetAmount_lineId_fkey" FOREIGN KEY ("lineId") REFERENCES "BudgetLine" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Project" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "documentId" INTEGER NOT NULL,
    "entityId" INTEGER,
    "name" TEXT NOT NULL,
    "nameAsPrinted" TEXT NOT NULL,
    "supervisor" TEXT,
    "implementer" TEXT,
    "category" TEXT,
    "nature" TEXT,
    "startDate" TEXT,
    "endDate" TEXT,
    "unit" TEXT NOT NULL,
    "sourceLine" INTEGER NOT NULL,
    "rawText" TEXT NOT NULL,
    CONSTRAINT "Project_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "SourceDocument" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Project_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProjectAmount" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "projectId" INTEGER NOT NULL,
    "field" TEXT NOT NULL,
    "amountFen" BIGINT NOT NULL,
    "unit" TEXT NOT NULL,
    "amountAsPublished" TEXT NOT NULL,
    "sourceLine" INTEGER NOT NULL,
    "rawText" TEXT NOT NULL,
    CONSTRAINT "ProjectAmount_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "projectId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "level1" TEXT,
    "level2" TEXT,
    "level3" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "sourceLine" INTEGER NOT NULL,
    "rawText" TEXT NOT NULL,
    CONSTRAINT "Indicator_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ThreePublicItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "documentId" INTEGER NOT NULL,
    "part" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "amountFen" BIGINT,
    "unit" TEXT NOT NULL,
    "amountAsPublished" TEXT NOT NULL,
    "sourceLine" INTEGER NOT NULL,
    "rawText" TEXT NOT NULL,
    CONSTRAINT "ThreePublicItem_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "SourceDocument" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OperatingExpense" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "documentId" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "amountFen" BIGINT NOT NULL,
    "unit" TEXT NOT NULL,
    "amountAsPublished" TEXT NOT NULL,
    "sourceLine" INTEGER NOT NULL,
    "rawText" TEXT NOT NULL,
    CONSTRAINT "OperatingExpense_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "SourceDocument" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "NarrativeFigure" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "documentId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "subject" TEXT NOT NULL,
    "amountFen" BIGINT NOT NULL,
    "unit" TEXT NOT NULL,
    "amountAsPublished" TEXT NOT NULL,
    "changeDirection" TEXT,
    "changeFen" BIGINT,
    "changeUnit" TEXT,
    "changeAsPublished" TEXT,
    "priorYear" INTEGER,
    "priorFen" BIGINT,
    "sourceLine" INTEGER NOT NULL,
    "rawText" TEXT NOT NULL,
    CONSTRAINT "NarrativeFigure_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "SourceDocument" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GlossaryTerm" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "documentId" INTEGER NOT NULL,
    "term" TEXT NOT NULL,
    "definition" TEXT NOT NULL,
    "sourceLine" INTEGER NOT NULL,
    CONSTRAINT "GlossaryTerm_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "SourceDocument" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditFinding" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "check" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    "districtId" INTEGER,
    "year" INTEGER,
    "title" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "expected" TEXT,
    "found" TEXT,
    CONSTRAINT "AuditFinding_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FindingLocation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "findingId" TEXT NOT NULL,
    "documentId" INTEGER NOT NULL,
    "line" INTEGER NOT NULL,
    CONSTRAINT "FindingLocation_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "AuditFinding" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FindingLocation_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "SourceDocument" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MetricValue" (
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
    "basis" TEXT NOT NULL,
    "findingIdsJson" TEXT NOT NULL,
    CONSTRAINT "MetricValue_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "MetricValue_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "SourceDocument" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ImportRun" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "dataVersion" TEXT NOT NULL,
    "importedAt" DATETIME NOT NULL,
    "documentCount" INTEGER NOT NULL,
    "lineCount" INTEGER NOT NULL,
    "projectCount" INTEGER NOT NULL,
    "findingCount" INTEGER NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "District_slug_key" ON "District"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Entity_name_key" ON "Entity"("name");

-- CreateIndex
CREATE UNIQUE INDEX "SourceDocument_fileName_key" ON "SourceDocument"("fileName");

-- CreateIndex
CREATE UNIQUE INDEX "SourceDocument_sha256_key" ON "SourceDocument"("sha256");

-- CreateIndex
CREATE UNIQUE INDEX "BudgetTable_documentId_tableNo_key" ON "BudgetTable"("documentId", "tableNo");

-- CreateIndex
CREATE INDEX "BudgetLine_documentId_tableNo_idx" ON "BudgetLine"("documentId", "tableNo");

-- CreateIndex
CREATE INDEX "BudgetLine_tableId_idx" ON "BudgetLine"("tableId");

-- CreateIndex
CREATE INDEX "BudgetLine_code_idx" ON "BudgetLine"("code");

-- CreateIndex
CREATE INDEX "BudgetAmount_lineId_idx" ON "BudgetAmount"("lineId");

-- CreateIndex
CREATE INDEX "Project_documentId_idx" ON "Project"("documentId");

-- CreateIndex
CREATE INDEX "ProjectAmount_projectId_idx" ON "ProjectAmount"("projectId");

-- CreateIndex
CREATE INDEX "Indicator_projectId_idx" ON "Indicator"("projectId");

-- CreateIndex
CREATE INDEX "ThreePublicItem_documentId_idx" ON "ThreePublicItem"("documentId");

-- CreateIndex
CREATE INDEX "OperatingExpense_documentId_idx" ON "OperatingExpense"("documentId");

-- CreateIndex
CREATE INDEX "NarrativeFigure_documentId_idx" ON "NarrativeFigure"("documentId");

-- CreateIndex
CREATE INDEX "GlossaryTerm_documentId_idx" ON "GlossaryTerm"("documentId");

-- CreateIndex
CREATE INDEX "FindingLocation_findingId_idx" ON "FindingLocation"("findingId");

-- CreateIndex
CREATE INDEX "FindingLocation_documentId_idx" ON "FindingLocation"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "MetricValue_districtId_year_metric_key" ON "MetricValue"("districtId", "year", "metric");
