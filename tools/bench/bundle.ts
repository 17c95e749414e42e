/**
 * The admin bundle: every chunk's raw and gzip size, and what the login page loads before it can render — the
 * entry script in the built index.html, the chunks it imports statically (transitively), and the login route's
 * chunk with its static imports. Builds apps/admin first (vite build, plus a plugin that records which modules
 * each chunk holds) unless --no-build, which reads dist/apps/admin as it is.
 *
 *   SWC_NODE_PROJECT=tsconfig.tools.json node -r @swc-node/register tools/bench/bundle.ts [--no-build] [--check] [--write]
 *
 * --check exits 1 when the login page's initial JavaScript is over the budget (450 kB gzip), when a page module
 *         is in the entry's chunks (a route imported statically), or when a heavy library is loaded initially.
 * --write puts the table into docs/benchmarks.md (section bench:bundle).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { writeBenchSection } from './report';

const root = path.resolve(__dirname, '../..');
const dist = path.join(root, 'dist/apps/admin');
const BUDGET_KB = 450;
const LOGIN_PAGE = 'src/pages/login/LoginPage.tsx';
/** Libraries that belong on the routes that use them, never on the login page. */
const HEAVY = ['exceljs', 'echarts', 'zrender', 'echarts-for-react', '@antv', '@ant-design/charts', '@ant-design/plots', 'pdfjs-dist'];
const args = process.argv.slice(2);
const BUILD = !args.includes('--no-build');
const CHECK = args.includes('--check');
const WRITE = args.includes('--write');

interface ManifestEntry {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestEntry>;

interface Chunk {
  file: string;
  raw: number;
  gzip: number;
  /** Route module(s) this chunk is the entry of, from the manifest. */
  source?: string;
  staticImports: string[];
}

/** Module id → rendered length (before minification), per chunk file; only when this script ran the build. */
type ChunkModules = Record<string, Record<string, number>>;

const kB = (bytes: number) => (bytes / 1000).toFixed(1);
const gzipSize = (buf: Buffer) => zlib.gzipSync(buf).length;

async function build(): Promise<ChunkModules> {
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
  const vite = await import('vite');
  const modules: ChunkModules = {};
  await vite.build({
    configFile: path.join(root, 'apps/admin/vite.config.ts'),
    logLevel: 'warn',
    build: { manifest: true },
    plugins: [
      {
        name: 'bundle-report',
        generateBundle(_options, bundle) {
          for (const out of Object.values(bundle)) {
            if (out.type !== 'chunk') continue;
            modules[out.fileName] = Object.fromEntries(Object.entries(out.modules).map(([id, m]) => [id, m.renderedLength]));
          }
        },
      },
    ],
  });
  return modules;
}

/** Static imports (and re-exports) of an ES module chunk: top-level declarations only, never `import()`. */
async function staticImports(code: string): Promise<string[]> {
  const { parseAst } = await import('vite');
  const program = parseAst(code) as unknown as { body: { type: string; source?: { value: string } | null }[] };
  return program.body
    .filter((n) => ['ImportDeclaration', 'ExportAllDeclaration', 'ExportNamedDeclaration'].includes(n.type) && n.source)
    .map((n) => n.source!.value);
}

async function readChunks(manifest: Manifest | null): Promise<Map<string, Chunk>> {
  const sources = new Map<string, string[]>();
  for (const entry of Object.values(manifest ?? {})) {
    if ((entry.isEntry || entry.isDynamicEntry) && entry.src) sources.set(entry.file, [...(sources.get(entry.file) ?? []), entry.src]);
  }
  const chunks = new Map<string, Chunk>();
  for (const name of fs.readdirSync(path.join(dist, 'assets'))) {
    const file = `assets/${name}`;
    const buf = fs.readFileSync(path.join(dist, file));
    const chunk: Chunk = { file, raw: buf.length, gzip: gzipSize(buf), source: sources.get(file)?.join(', '), staticImports: [] };
    if (file.endsWith('.js')) {
      chunk.staticImports = (await staticImports(buf.toString('utf8')))
        .filter((s) => s.startsWith('.') || s.startsWith('/'))
        .map((s) => (s.startsWith('/') ? s.slice(1) : path.posix.join(path.posix.dirname(file), s)));
    }
    chunks.set(file, chunk);
  }
  return chunks;
}

/** The files a page needs before it runs: the given ones and, transitively, what they import statically. */
function closure(start: string[], chunks: Map<string, Chunk>): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const dep of chunks.get(file)?.staticImports ?? []) visit(dep);
  };
  start.forEach(visit);
  return [...seen];
}

/** The package a module id belongs to (`antd`, `@ant-design/icons`), or `app` for our own source. */
function packageOf(id: string): string {
  const m = id.match(/node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/g);
  if (!m) return id.includes('/libs/domain/') ? 'libs/domain' : 'app';
  return m[m.length - 1].replace(/^node_modules[\\/]/, '').replace(/\\/g, '/');
}

function packageShares(files: string[], modules: ChunkModules): { pkg: string; bytes: number }[] {
  const sizes = new Map<string, number>();
  for (const file of files) {
    for (const [id, bytes] of Object.entries(modules[file] ?? {})) sizes.set(packageOf(id), (sizes.get(packageOf(id)) ?? 0) + bytes);
  }
  return [...sizes].map(([pkg, bytes]) => ({ pkg, bytes })).sort((a, b) => b.bytes - a.bytes);
}

const FAMILIES: [string, RegExp][] = [
  ['antd', /^(antd|@ant-design\/.+|@rc-component\/.+|rc-.+|dayjs)$/],
  ['react', /^(react|react-dom|react-router|scheduler)$/],
  ['apollo', /^(@apollo\/.+|graphql|rxjs|@wry\/.+|optimism|@graphql-typed-document-node\/.+)$/],
  ['app', /^(app|libs\/domain)$/],
];

/** Each chunk's gzip size shared out over library families by their code in it (before minification): an estimate. */
function familyShares(files: string[], modules: ChunkModules, chunks: Map<string, Chunk>): string {
  const totals = new Map<string, number>();
  for (const file of files) {
    const entries = Object.entries(modules[file] ?? {});
    const all = entries.reduce((a, [, b]) => a + b, 0);
    for (const [id, bytes] of entries) {
      const family = FAMILIES.find(([, re]) => re.test(packageOf(id)))?.[0] ?? 'other';
      totals.set(family, (totals.get(family) ?? 0) + ((chunks.get(file)?.gzip ?? 0) * bytes) / (all || 1));
    }
  }
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .map(([family, gzip]) => `${family} ≈ ${kB(gzip)} kB`)
    .join(', ');
}

/** antd components whose entry module (antd/es/<component>/index.js) is in the given chunks: what the login page pulls in. */
function antdComponents(files: string[], modules: ChunkModules): string[] {
  const names = new Set<string>();
  for (const file of files) {
    for (const id of Object.keys(modules[file] ?? {})) {
      const m = id.match(/node_modules[\\/]antd[\\/]es[\\/]([^\\/]+)[\\/]index\.js$/);
      if (m && !['_util', 'style', 'theme', 'locale', 'version'].includes(m[1])) names.add(m[1]);
    }
  }
  return [...names].sort();
}

function writeReport(section: string) {
  writeBenchSection('bundle', section);
}

async function main() {
  const modules = BUILD ? await build() : {};
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const manifestFile = path.join(dist, '.vite/manifest.json');
  const manifest: Manifest | null = fs.existsSync(manifestFile) ? JSON.parse(fs.readFileSync(manifestFile, 'utf8')) : null;
  const chunks = await readChunks(manifest);

  const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]+)"`))?.[1];
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const htmlFile = (url: string) => url.replace(/^\//, '');
  const scripts = tags.filter((t) => t.startsWith('<script') && attr(t, 'type') === 'module').map((t) => htmlFile(attr(t, 'src')!));
  const preloads = tags.filter((t) => attr(t, 'rel') === 'modulepreload').map((t) => htmlFile(attr(t, 'href')!));
  const styles = tags.filter((t) => attr(t, 'rel') === 'stylesheet').map((t) => htmlFile(attr(t, 'href')!));

  const entryFiles = closure(scripts, chunks);
  const missingPreloads = entryFiles.filter((f) => !scripts.includes(f) && !preloads.includes(f));
  const loginEntry = Object.values(manifest ?? {}).find((e) => e.src === LOGIN_PAGE && e.isDynamicEntry);
  const loginFiles = loginEntry ? closure([loginEntry.file], chunks).filter((f) => !entryFiles.includes(f)) : [];
  const initial = [...entryFiles, ...loginFiles];
  const initialCss = [...styles, ...(loginEntry?.css ?? []).filter((c) => !styles.includes(c))];
  const sum = (files: string[], key: 'raw' | 'gzip') => files.reduce((a, f) => a + (chunks.get(f)?.[key] ?? 0), 0);
  const initialGzip = sum(initial, 'gzip');
  const js = [...chunks.values()].filter((c) => c.file.endsWith('.js'));

  const atStart = [...entryFiles, ...styles];
  const loadedBy = (file: string) =>
    atStart.includes(file) ? 'entry (index.html)' : loginFiles.includes(file) ? 'login route' : 'on demand';
  const label = (c: Chunk) => c.file.replace(/^assets\//, '').replace(/-[\w-]{8}(\.\w+)$/, '$1');
  const order = (c: Chunk) => (atStart.includes(c.file) ? 0 : loginFiles.includes(c.file) ? 1 : 2);
  const rows = [...chunks.values()].sort((a, b) => order(a) - order(b) || b.gzip - a.gzip || a.file.localeCompare(b.file));

  const lines: string[] = [];
  lines.push('| chunk | route module | loaded | raw kB | gzip kB |', '|---|---|---|---:|---:|');
  for (const c of rows) {
    const source = c.source ? `\`${c.source.replace(/^src\//, '')}\`` : '';
    lines.push(`| ${label(c)} | ${source} | ${loadedBy(c.file)} | ${kB(c.raw)} | ${kB(c.gzip)} |`);
  }

  const problems: string[] = [];
  if (initialGzip > BUDGET_KB * 1000) problems.push(`initial JavaScript ${kB(initialGzip)} kB gzip is over the budget of ${BUDGET_KB} kB`);
  if (missingPreloads.length) console.warn(`note: statically imported but not preloaded by index.html: ${missingPreloads.join(', ')}`);
  if (BUILD) {
    const stray = entryFiles
      .flatMap((f) => Object.keys(modules[f] ?? {}))
      .filter((id) => /[\\/]apps[\\/]admin[\\/]src[\\/]pages[\\/]/.test(id));
    const named = stray.slice(0, 5).map((id) => path.relative(root, id));
    if (stray.length) {
      const list = `${named.join(', ')}${stray.length > 5 ? ', …' : ''}`;
      problems.push(`${stray.length} page modules in the entry's chunks (a route imported statically? use lazyPage): ${list}`);
    }
    const heavy = packageShares(initial, modules).filter((s) => HEAVY.some((h) => s.pkg === h || s.pkg.startsWith(`${h}/`)));
    if (heavy.length) problems.push(`heavy libraries on the login page: ${heavy.map((s) => s.pkg).join(', ')}`);
  }

  const summary = [
    `Initial JavaScript of the login page: **${kB(initialGzip)} kB gzip** (${kB(sum(initial, 'raw'))} kB raw) in ${initial.length} files — budget ${BUDGET_KB} kB gzip;`,
    `initial CSS ${kB(sum(initialCss, 'gzip'))} kB gzip. All JavaScript: ${js.length} chunks, ${kB(
      sum(
        js.map((c) => c.file),
        'raw',
      ),
    )} kB raw, ${kB(
      sum(
        js.map((c) => c.file),
        'gzip',
      ),
    )} kB gzip.`,
  ].join(' ');
  // Only when this script built: which libraries the initial files hold, and which antd components.
  const detail = BUILD
    ? [
        `Of that, by library (each chunk's gzip shared out by its code before minification): ${familyShares(initial, modules, chunks)}.`,
        `antd components on the login page: ${antdComponents(initial, modules).join(', ')}.`,
      ].join('\n')
    : '';
  if (!CHECK || WRITE) console.log(`${lines.join('\n')}\n`);
  console.log(summary);
  if (detail) console.log(detail);

  if (WRITE) {
    writeReport(
      [
        '## Admin bundle (apps/admin, vite build)',
        '',
        `Written by \`tools/bench/bundle.ts\`. "Loaded": *entry* files come with the built \`index.html\` (its module script and`,
        "what that imports statically, transitively); *login route* is the login page's own chunk and its static imports,",
        'fetched before the page can render; everything else loads when a route that needs it is opened. gzip is',
        "Node's zlib at its default level; kB = 1000 bytes.",
        '',
        summary,
        ...(detail ? ['', detail] : []),
        '',
        ...lines,
        '',
        'How to run (a few seconds; `--check` is the CI budget check, `--write` rewrites this section):',
        '',
        '```',
        'SWC_NODE_PROJECT=tsconfig.tools.json node -r @swc-node/register tools/bench/bundle.ts [--no-build] [--check] [--write]',
        '```',
      ].join('\n'),
    );
    console.log('wrote docs/benchmarks.md');
  }

  if (CHECK) {
    for (const p of problems) console.error(`bundle check: ${p}`);
    if (problems.length) process.exit(1);
    console.log(`bundle check: ok (${kB(initialGzip)} of ${BUDGET_KB} kB gzip)`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
