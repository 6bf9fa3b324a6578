// Preloaded into the API by tools/bench/fanout.mjs (`node --require`): the process's event-loop
// delay and CPU time, reset and read over the IPC channel of the benchmark that spawned it. Not
// part of the API.
const { monitorEventLoopDelay } = require('node:perf_hooks');

// The histogram records whole sampling intervals; the delay is what exceeds the interval.
const ELD_RESOLUTION_MS = 10;
const ms = (ns) => Math.max(0, ns / 1e6 - ELD_RESOLUTION_MS);

if (process.send) {
  const delay = monitorEventLoopDelay({ resolution: ELD_RESOLUTION_MS });
  delay.enable();
  let cpu = process.cpuUsage();
  process.on('message', (message) => {
    if (message === 'eld:reset') {
      delay.reset();
      cpu = process.cpuUsage();
      process.send('ok');
    } else if (message === 'eld:read') {
      process.send({
        p50: ms(delay.percentile(50)),
        p99: ms(delay.percentile(99)),
        max: ms(delay.max),
        cpuMs: (({ user, system }) => (user + system) / 1000)(process.cpuUsage(cpu)),
      });
    }
  });
  // The channel must not keep the API alive after its shutdown.
  process.channel?.unref();
}
