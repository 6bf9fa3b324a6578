// The one place that decides which Chromium the test tools launch (Karma's web unit tests, the
// browser tests in apps/web-e2e, the benchmarks that drive a browser).
//
//   - A system browser is preferred when there is one: CHROME_BIN, else chromium / chromium-browser /
//     google-chrome / google-chrome-stable found on PATH or in /usr/bin.
//   - Otherwise (or with SIMPUL_BROWSER=npm) the headless Chromium shipped inside the npm package
//     @sparticuz/chromium (a dev dependency). Its binary needs six shared libraries beyond the C
//     library (libnss3, libnssutil3, libnspr4, libplc4, libplds4, libexpat) that a bare machine
//     lacks; the package carries them in bin/al2023.tar.br but unpacks them only on AWS Lambda, so
//     this module unpacks the binary, that bundle, its fonts and its software GL itself (brotli from
//     Node's zlib, a small tar reader below) into node_modules/.cache/simpul-chromium-<version>, and
//     the launch gets LD_LIBRARY_PATH pointing there.
//   - SIMPUL_BROWSER=system insists on a system browser (an error when none is installed).
//
// CommonJS so Karma's config (CJS) can require it synchronously; ESM tools import it too.
//   node tools/lib/browser.cjs          prints the decision as JSON
//   node tools/lib/browser.cjs --ldd    also checks with ldd that the npm browser's binary resolves
//                                       every library from the unpacked bundle or the C library
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const root = path.resolve(__dirname, '..', '..');

/** Flags this machine's closed network needs (see shared/STACK.md); both browsers take them. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The system browser's path, or null when none is installed. */
function findSystemBrowser(env = process.env) {
  if (env.CHROME_BIN) return isExecutable(env.CHROME_BIN) ? env.CHROME_BIN : null;
  const folders = [...(env.PATH ?? '').split(path.delimiter).filter(Boolean), '/usr/bin'];
  for (const name of SYSTEM_NAMES) {
    for (const folder of folders) {
      const candidate = path.join(folder, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return null;
}

function npmPackageDir() {
  try {
    // The package's exports hide package.json: resolve its entry (build/cjs/index.cjs) and go up.
    const entry = require.resolve('@sparticuz/chromium', { paths: [root] });
    return path.resolve(path.dirname(entry), '..', '..');
  } catch {
    return null;
  }
}

/** Reads a ustar/GNU/pax tar archive held in memory and writes its entries under `target`. */
function untar(buffer, target) {
  let offset = 0;
  let longName = null;
  let longLink = null;
  let paxPath = null;
  let paxLink = null;
  const text = (start, length) => {
    const slice = buffer.subarray(start, start + length);
    const end = slice.indexOf(0);
    return slice.subarray(0, end === -1 ? length : end).toString('utf8');
  };
  const octal = (start, length) => parseInt(text(start, length).trim() || '0', 8);
  while (offset + 512 <= buffer.length) {
    const header = offset;
    if (buffer.subarray(header, header + 512).every((byte) => byte === 0)) break;
    const size = octal(header + 124, 12);
    const type = String.fromCharCode(buffer[header + 156] || 48);
    const prefix = text(header + 345, 155);
    let name = longName ?? paxPath ?? (prefix ? `${prefix}/` : '') + text(header, 100);
    const data = buffer.subarray(header + 512, header + 512 + size);
    offset = header + 512 + Math.ceil(size / 512) * 512;
    if (type === 'L' || type === 'K') {
      const value = data.toString('utf8').replace(/\0.*$/s, '');
      if (type === 'L') longName = value;
      else longLink = value;
      continue;
    }
    if (type === 'x') {
      const records = data.toString('utf8');
      paxPath = /\d+ path=([^\n]*)\n/.exec(records)?.[1] ?? null;
      paxLink = /\d+ linkpath=([^\n]*)\n/.exec(records)?.[1] ?? null;
      continue;
    }
    if (type === 'g') continue;
    const link = longLink ?? paxLink ?? text(header + 157, 100);
    longName = null;
    longLink = null;
    paxPath = null;
    paxLink = null;
    name = name.replace(/^\.\//, '');
    const destination = path.resolve(target, name);
    if (destination !== target && !destination.startsWith(target + path.sep)) {
      throw new Error(`tar entry outside the target folder: ${name}`);
    }
    const mode = octal(header + 100, 8) & 0o777;
    if (type === '5') {
      fs.mkdirSync(destination, { recursive: true });
    } else if (type === '0' || type === '\0' || type === '7') {
      fs.mkdirSync(path.dirname(destination), { recursive: true });
      fs.writeFileSync(destination, data, { mode: mode || 0o644 });
    } else if (type === '2') {
      fs.mkdirSync(path.dirname(destination), { recursive: true });
      fs.symlinkSync(link, destination);
    } else if (type === '1') {
      fs.mkdirSync(path.dirname(destination), { recursive: true });
      fs.copyFileSync(path.resolve(target, link), destination);
    }
  }
}

/**
 * Unpacks @sparticuz/chromium once into node_modules/.cache/simpul-chromium-<version> and
 * answers where its binary and libraries are. Safe when two processes start at once: each unpacks
 * into its own folder and renames it into place; the loser throws its copy away.
 */
function npmBrowser() {
  const packageDir = npmPackageDir();
  if (!packageDir) {
    throw new Error(
      'No system Chromium and no @sparticuz/chromium in node_modules: run `npm install` ' +
        '(or install chromium and set CHROME_BIN).',
    );
  }
  const { version } = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
  const cache = path.join(root, 'node_modules', '.cache', `simpul-chromium-${version}`);
  const executablePath = path.join(cache, 'chromium');
  if (!fs.existsSync(path.join(cache, '.complete'))) {
    const bin = path.join(packageDir, 'bin');
    const work = `${cache}.unpacking-${process.pid}`;
    fs.rmSync(work, { recursive: true, force: true });
    fs.mkdirSync(work, { recursive: true });
    const inflate = (file) => zlib.brotliDecompressSync(fs.readFileSync(path.join(bin, file)));
    fs.writeFileSync(path.join(work, 'chromium'), inflate('chromium.br'), { mode: 0o755 });
    untar(inflate('al2023.tar.br'), work); // lib/libnss3.so, …
    untar(inflate('swiftshader.tar.br'), work); // libGLESv2.so etc. beside the binary
    const fonts = path.join(work, 'fonts');
    fs.mkdirSync(fonts, { recursive: true });
    untar(inflate('fonts.tar.br'), fonts);
    // The package's fonts.conf names Lambda's folders; ours names the unpacked fonts and the
    // system's, when there are any.
    fs.writeFileSync(
      path.join(fonts, 'fonts.conf'),
      [
        '<?xml version="1.0"?>',
        '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
        '<fontconfig>',
        `  <dir>${path.join(cache, 'fonts', 'fonts')}</dir>`,
        '  <dir>/usr/share/fonts</dir>',
        `  <cachedir>${path.join(cache, 'fonts-cache')}</cachedir>`,
        '</fontconfig>',
        '',
      ].join('\n'),
    );
    fs.writeFileSync(path.join(work, '.complete'), `${version}\n`);
    try {
      fs.renameSync(work, cache);
    } catch (error) {
      fs.rmSync(work, { recursive: true, force: true });
      if (!fs.existsSync(path.join(cache, '.complete'))) throw error;
    }
  }
  const libDir = path.join(cache, 'lib');
  return {
    source: 'npm',
    version,
    executablePath,
    libDir,
    env: {
      LD_LIBRARY_PATH: [libDir, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
      FONTCONFIG_PATH: path.join(cache, 'fonts'),
    },
  };
}

/**
 * Which browser to launch: `{ source, executablePath, env, args }`. `env` holds the variables the
 * launch needs on top of the current environment (empty for a system browser).
 */
function resolveBrowser(env = process.env) {
  const choice = (env.SIMPUL_BROWSER ?? '').toLowerCase();
  if (choice && !['npm', 'system', 'auto'].includes(choice)) {
    throw new Error(`SIMPUL_BROWSER must be npm, system or auto, not "${env.SIMPUL_BROWSER}"`);
  }
  if (choice !== 'npm') {
    const system = findSystemBrowser(env);
    if (system) return { source: 'system', executablePath: system, env: {}, args: CHROMIUM_ARGS };
    if (choice === 'system') {
      throw new Error(
        'SIMPUL_BROWSER=system but no Chromium/Chrome is installed (or CHROME_BIN is wrong)',
      );
    }
  }
  return { ...npmBrowser(), args: CHROMIUM_ARGS };
}

/**
 * Runs ldd on the npm browser's binary: every library must resolve, and each from the unpacked
 * bundle or the C library (libc, libm, libdl, libpthread, librt, libgcc_s, the loader).
 * Answers the list of problems (empty when all is well) and ldd's lines.
 */
function checkNpmBrowserLibraries() {
  const browser = npmBrowser();
  const output = execFileSync('ldd', [browser.executablePath], {
    env: { ...process.env, ...browser.env },
    encoding: 'utf8',
  });
  const cLibrary = /^(linux-vdso|libc|libm|libdl|libpthread|librt|libgcc_s|ld-linux[^ ]*)\.so/;
  const problems = [];
  for (const line of output
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)) {
    const [name, resolved = ''] = line.split(' => ');
    if (/not found/.test(line)) problems.push(`${name}: not found`);
    else if (cLibrary.test(path.basename(name.split(' ')[0]))) continue;
    else if (!resolved.startsWith(browser.libDir + path.sep))
      problems.push(`${line} (not from the bundle)`);
  }
  return { problems, output };
}

module.exports = {
  CHROMIUM_ARGS,
  findSystemBrowser,
  npmBrowser,
  resolveBrowser,
  checkNpmBrowserLibraries,
  untar,
};

if (require.main === module) {
  const browser = resolveBrowser();
  console.log(JSON.stringify(browser, null, 2));
  if (process.argv.includes('--ldd')) {
    const { problems, output } = checkNpmBrowserLibraries();
    console.log(output.trimEnd());
    if (problems.length) {
      console.error(
        `ldd: ${problems.length} librar${problems.length === 1 ? 'y' : 'ies'} not from the bundle or the C library:\n  ${problems.join('\n  ')}`,
      );
      process.exit(1);
    }
    console.log('ldd: every library resolves from the unpacked bundle or the C library');
  }
}
