import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One column as the seed declares it. */
export interface SeedColumn {
  readonly name: string;
  /** Normalised like PostgreSQL's format_type(): `character varying(255)`, `numeric(10,2)`, `text[]` … */
  readonly type: string;
  readonly notNull: boolean;
  /** Normalised default expression (lower case, casts removed), or null. */
  readonly default: string | null;
  readonly unique: boolean;
  readonly primaryKey: boolean;
  readonly references: { table: string; column: string; onDelete: string | null } | null;
  readonly checkValues: string[] | null;
}

/** One table, its table-level UNIQUE constraints and its CREATE INDEX statements. */
export interface SeedTable {
  readonly name: string;
  readonly columns: SeedColumn[];
  readonly uniques: string[][];
}

/** A CREATE INDEX statement from the seed. */
export interface SeedIndex {
  readonly name: string;
  readonly table: string;
  readonly columns: string[];
  readonly method: string;
}

const TYPE_MAP: Record<string, string> = {
  UUID: 'uuid',
  TEXT: 'text',
  INTEGER: 'integer',
  BOOLEAN: 'boolean',
  TIMESTAMPTZ: 'timestamp with time zone',
  DATE: 'date',
  JSONB: 'jsonb',
};

function normaliseType(raw: string): string {
  const array = raw.endsWith('[]');
  const base = array ? raw.slice(0, -2) : raw;
  let type: string;
  const varchar = /^VARCHAR\((\d+)\)$/i.exec(base);
  const decimal = /^DECIMAL\((\d+),\s*(\d+)\)$/i.exec(base);
  if (varchar) type = `character varying(${varchar[1]})`;
  else if (decimal) type = `numeric(${decimal[1]},${decimal[2]})`;
  else type = TYPE_MAP[base.toUpperCase()] ?? base.toLowerCase();
  return array ? `${type}[]` : type;
}

/** Lower-cases a default and drops `::type` casts so the seed's text and pg_get_expr() output compare. */
export function normaliseDefault(expr: string): string {
  return expr
    .replace(/::[a-z ]+(\(\d+(,\d+)?\))?(\[\])?/gi, '')
    .trim()
    .toLowerCase();
}

function splitTopLevel(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of body) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter(Boolean);
}

function parseColumn(def: string): SeedColumn {
  const [name, rawType] = def.split(/\s+/, 2) as [string, string];
  const defaultMatch = /\bDEFAULT\s+('[^']*'|[\w.]+\(\)|[\w.-]+)/i.exec(def);
  const ref = /\bREFERENCES\s+(\w+)\((\w+)\)(?:\s+ON DELETE\s+(CASCADE|SET NULL|RESTRICT))?/i.exec(def);
  const check = /\bCHECK\s*\(\s*\w+\s+IN\s*\(([^)]*)\)\s*\)/i.exec(def);
  const primaryKey = /\bPRIMARY KEY\b/i.test(def);
  return {
    name,
    type: normaliseType(rawType),
    notNull: /\bNOT NULL\b/i.test(def) || primaryKey,
    default: defaultMatch ? normaliseDefault(defaultMatch[1]!) : null,
    unique: /\bUNIQUE\b/i.test(def),
    primaryKey,
    references: ref ? { table: ref[1]!, column: ref[2]!, onDelete: ref[3]?.toUpperCase() ?? null } : null,
    checkValues: check ? check[1]!.split(',').map((v) => v.trim().replace(/^'|'$/g, '')) : null,
  };
}

/** Parses every CREATE TABLE and CREATE INDEX in the seed's PostgreSQL section. */
export function parseSeedSchema(markdown: string): { tables: SeedTable[]; indexes: SeedIndex[] } {
  const section = markdown.split('## PostgreSQL Schema')[1]?.split('## MongoDB')[0] ?? '';
  const sql = [...section.matchAll(/```sql\n([\s\S]*?)```/g)]
    .map((m) => m[1]!)
    .join('\n')
    .replace(/--[^\n]*/g, '');
  const tables: SeedTable[] = [];
  for (const m of sql.matchAll(/CREATE TABLE (\w+) \(([\s\S]*?)\n\);/g)) {
    const columns: SeedColumn[] = [];
    const uniques: string[][] = [];
    for (const part of splitTopLevel(m[2]!)) {
      const unique = /^UNIQUE\s*\(([^)]*)\)$/i.exec(part);
      if (unique) uniques.push(unique[1]!.split(',').map((c) => c.trim()));
      else columns.push(parseColumn(part.replace(/\s+/g, ' ')));
    }
    tables.push({ name: m[1]!, columns, uniques });
  }
  const indexes: SeedIndex[] = [];
  for (const m of sql.matchAll(/CREATE INDEX (\w+) ON (\w+)(?: USING (\w+))?\s*\(([^)]*)\);/g)) {
    indexes.push({
      name: m[1]!,
      table: m[2]!,
      method: (m[3] ?? 'btree').toLowerCase(),
      columns: m[4]!.split(',').map((c) => c.trim()),
    });
  }
  return { tables, indexes };
}

/**
 * Finds the seed schema: `shared/` beside the repository (CI's layout), or one level further up (a worktree under
 * /work/wt/<name> with /work/shared). Returns null when it is not there.
 */
export function findSeedSchema(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'pnpm-workspace.yaml')) && dirname(dir) !== dir) dir = dirname(dir);
  for (const candidate of [resolve(dir, '../shared'), resolve(dir, '../../shared')]) {
    const file = join(candidate, 'seed', 'database-schema.md');
    if (existsSync(file)) return file;
  }
  return null;
}

/** Reads and parses the seed schema file. */
export function loadSeedSchema(file: string): ReturnType<typeof parseSeedSchema> {
  return parseSeedSchema(readFileSync(file, 'utf8'));
}
