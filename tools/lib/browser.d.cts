// Types for tools/lib/browser.cjs (the browser the test tools launch).
export interface ResolvedBrowser {
  source: 'system' | 'npm';
  executablePath: string;
  /** Variables the launch needs on top of the current environment. */
  env: Record<string, string>;
  args: string[];
  version?: string;
  libDir?: string;
}
export declare const CHROMIUM_ARGS: string[];
export declare function findSystemBrowser(env?: NodeJS.ProcessEnv): string | null;
export declare function npmBrowser(): Omit<ResolvedBrowser, 'args'> & {
  source: 'npm';
  version: string;
  libDir: string;
};
export declare function resolveBrowser(env?: NodeJS.ProcessEnv): ResolvedBrowser;
export declare function checkNpmBrowserLibraries(): { problems: string[]; output: string };
export declare function untar(buffer: Buffer, target: string): void;
