/** Folder fixtures: `input` in, expected `output` compared; UPDATE=1 rewrites the expected files for review. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

export function fixtureCases(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

export function expectFixture(file: string, actual: string): void {
  if (process.env['UPDATE'] || !existsSync(file)) {
    writeFileSync(file, actual);
    if (!process.env['UPDATE']) throw new Error(`${path.relative(process.cwd(), file)} did not exist; wrote it — review it, then run again`);
    return;
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
