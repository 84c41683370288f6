import { describe, expect, it } from 'vitest';
import { lineOfPosition, splitStatements } from './split-statements.js';

describe('splitStatements', () => {
  it('splits at top-level semicolons and records the line each statement starts on', () => {
    const script = '-- header\nCREATE TABLE a (id INT);\n\nINSERT INTO a\n  VALUES (1);\n';
    expect(splitStatements(script)).toEqual([
      { text: 'CREATE TABLE a (id INT)', line: 2 },
      { text: 'INSERT INTO a\n  VALUES (1)', line: 4 },
    ]);
  });

  it('keeps semicolons inside strings, quoted identifiers, comments and dollar-quoted bodies', () => {
    const script = [
      "INSERT INTO t VALUES ('a;b', 'it''s; fine', E'esc\\';aped');",
      'CREATE TABLE "odd;name" (id INT); /* a; /* nested; */ comment */',
      'CREATE FUNCTION f() RETURNS void AS $body$ BEGIN PERFORM 1; END; $body$ LANGUAGE plpgsql;',
      "DO $$ BEGIN RAISE NOTICE 'x;'; END $$;",
    ].join('\n');
    const statements = splitStatements(script);
    expect(statements.map((s) => s.line)).toEqual([1, 2, 3, 4]);
    expect(statements[0]!.text).toBe("INSERT INTO t VALUES ('a;b', 'it''s; fine', E'esc\\';aped')");
    expect(statements[2]!.text).toContain('PERFORM 1; END; $body$');
    expect(statements[3]!.text).toBe("DO $$ BEGIN RAISE NOTICE 'x;'; END $$");
  });

  it('drops empty statements and comment-only tails', () => {
    expect(splitStatements(';;\n-- nothing here\n/* nor here */\n')).toEqual([]);
    expect(splitStatements('SELECT 1;;SELECT 2')).toEqual([
      { text: 'SELECT 1', line: 1 },
      { text: 'SELECT 2', line: 1 },
    ]);
  });

  it('does not mistake a positional parameter or an identifier with $ for a dollar quote', () => {
    expect(splitStatements('SELECT $1::int; SELECT a$b FROM t;').map((s) => s.text)).toEqual([
      'SELECT $1::int',
      'SELECT a$b FROM t',
    ]);
  });
});

describe('lineOfPosition', () => {
  it('counts the newlines before a 1-based character position', () => {
    expect(lineOfPosition('a\nb\nc', 1)).toBe(0);
    expect(lineOfPosition('a\nb\nc', 5)).toBe(2);
    expect(lineOfPosition('abc', undefined)).toBe(0);
  });
});
