// Web unit tests: Jasmine in headless Chromium — the system's when installed, else the one from npm
// (@sparticuz/chromium, unpacked by tools/lib/browser.cjs; SIMPUL_BROWSER=npm forces it).
// eslint-disable-next-line @nx/enforce-module-boundaries -- the test tooling's one browser choice
const { resolveBrowser } = require('../../tools/lib/browser.cjs');

const browser = resolveBrowser();
process.env.CHROME_BIN = browser.executablePath;
// karma-chrome-launcher starts the browser with this process's environment.
Object.assign(process.env, browser.env);

module.exports = function (config) {
  config.set({
    basePath: '',
    frameworks: ['jasmine'],
    plugins: [require('karma-jasmine'), require('karma-chrome-launcher')],
    client: { jasmine: { random: true }, clearContext: false },
    reporters: ['progress'],
    browsers: ['ChromeHeadlessCI'],
    customLaunchers: {
      ChromeHeadlessCI: {
        base: 'ChromeHeadless',
        flags: browser.args,
      },
    },
    browserNoActivityTimeout: 60000,
    singleRun: true,
    restartOnFileChange: false,
  });
};
