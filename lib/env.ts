// The environment, read and checked in one place. Relative database paths count from the working directory
// (the project root for npm scripts and `next start`).
import { z } from "zod";

export const DEFAULT_DATABASE_URL = "file:./data/budget.db";

const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^file:.+/, 'must be a SQLite "file:" URL naming a file, e.g. file:./data/budget.db')
    .default(DEFAULT_DATABASE_URL),
  /** The public address of the site, for metadata, citations and exported images. */
  SITE_URL: z.url().optional(),
  /** Enables POST /api/revalidate with this token. */
  REVALIDATE_TOKEN: z.string().min(1).optional(),
  /** Where the import asks a running server to rebuild its pages. */
  REVALIDATE_URL: z.url().optional(),
  /** The sources folder the import reads (default data/sources). */
  SOURCES_DIR: z.string().min(1).optional(),
});

export type Env = z.infer<typeof schema>;

export class EnvError extends Error {}

/** The checked environment; a bad value is an error naming the variable. Empty values count as unset. */
export function env(source: NodeJS.ProcessEnv = process.env): Env {
  const present = Object.fromEntries(Object.keys(schema.shape).flatMap((key) => (source[key] ? [[key, source[key]]] : [])));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new EnvError(`environment variable ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? "invalid"}`);
  }
  return parsed.data;
}
