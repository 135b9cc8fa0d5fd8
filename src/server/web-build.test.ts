import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { webBuildStamp, webSourceStamp } from '#scripts/source-stamp.js';
import { createLogger } from '#server/platform/logger.ts';
import { ensureWebBuilt } from './web-build.ts';

const log = createLogger({ logLevel: 'silent' });

describe('ensureWebBuilt', () => {
  let root: string;
  let builds: number;
  const write = (file: string, contents: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), contents);
  };
  // A stand-in for Vite that runs the stamp plugin of vite.config.ts as Vite does: buildStart, then writeBundle.
  const build = async (dir: string, fail = false) => {
    builds += 1;
    const plugin = webBuildStamp(dir) as unknown as { buildStart(): void; writeBundle(): void };
    plugin.buildStart();
    fs.mkdirSync(path.join(dir, 'dist/web'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'dist/web/index.html'), `<div id="root"></div><!-- build ${builds} -->`);
    if (fail) throw new Error('vite failed');
    plugin.writeBundle();
  };
  const ensure = () => ensureWebBuilt(log, { root, build });

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-web-build-'));
    builds = 0;
    write('src/web/index.html', '<div id="root"></div>');
    write('src/web/features/a/page.tsx', 'export const A = 1;');
    write('src/web/features/a/page.test.tsx', 'test');
    write('src/shared/contracts/a.ts', 'export const a = 1;');
    write('vite.config.ts', 'export default {};');
    write('package.json', '{"version":"0.1.0"}');
    write('package-lock.json', '{}');
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('builds on the first start, then reuses the build while nothing changed', async () => {
    expect(await ensure()).toBe(path.join(root, 'dist/web'));
    expect(builds).toBe(1);
    expect(fs.readFileSync(path.join(root, 'dist/web.stamp'), 'utf8').trim()).toBe(webSourceStamp(root));
    await ensure();
    expect(builds).toBe(1);
  });

  it.each([
    ['a web source', 'src/web/features/a/page.tsx', 'export const A = 2;'],
    ['a new web source', 'src/web/features/b/page.tsx', 'export const B = 1;'],
    ['shared code', 'src/shared/contracts/a.ts', 'export const a = 2;'],
    ['the Vite configuration', 'vite.config.ts', 'export default { base: "/" };'],
    ['the version (an upgrade)', 'package.json', '{"version":"0.2.0"}'],
    ['the dependencies', 'package-lock.json', '{"lockfileVersion":3}'],
  ])('builds again after a change of %s', async (_what, file, contents) => {
    await ensure();
    write(file, contents);
    await ensure();
    expect(builds).toBe(2);
    await ensure();
    expect(builds).toBe(2);
  });

  it('builds again when a source is deleted', async () => {
    await ensure();
    fs.rmSync(path.join(root, 'src/web/features/a/page.tsx'));
    await ensure();
    expect(builds).toBe(2);
  });

  it('ignores test files, which are never part of the build', async () => {
    await ensure();
    write('src/web/features/a/page.test.tsx', 'another test');
    await ensure();
    expect(builds).toBe(1);
  });

  it('builds again when a build is there without a stamp (made by an older version) or its index.html is gone', async () => {
    await ensure();
    fs.rmSync(path.join(root, 'dist/web.stamp'));
    await ensure();
    expect(builds).toBe(2);
    fs.rmSync(path.join(root, 'dist/web/index.html'));
    await ensure();
    expect(builds).toBe(3);
  });

  it('leaves no stamp when a build fails half-way, so the next start builds again', async () => {
    await ensure();
    write('src/web/features/a/page.tsx', 'export const A = 2;');
    await expect(ensureWebBuilt(log, { root, build: (dir) => build(dir, true) })).rejects.toThrow('vite failed');
    expect(fs.existsSync(path.join(root, 'dist/web.stamp'))).toBe(false);
    await ensure();
    expect(builds).toBe(3);
  });
});
