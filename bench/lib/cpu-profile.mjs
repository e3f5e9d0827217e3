// Preloaded into next start by `npm run bench -- --profile` (NODE_OPTIONS=--import): samples the
// server's CPU with node:inspector (node refuses --cpu-prof in NODE_OPTIONS, and Next's own exit
// loses a profile written at exit). SIGUSR2 writes what was sampled since the last SIGUSR2 (or the
// start) to $BENCH_CPU_PROFILE and starts again, so the bench can leave out start-up and warm-up.
import fs from 'node:fs';
import inspector from 'node:inspector';

const file = process.env.BENCH_CPU_PROFILE;
if (file) {
  const session = new inspector.Session();
  session.connect();
  session.post('Profiler.enable', () => session.post('Profiler.setSamplingInterval', { interval: 200 }, () => session.post('Profiler.start')));
  process.on('SIGUSR2', () => {
    session.post('Profiler.stop', (error, result) => {
      if (!error) {
        // Whole or not at all: the bench reads the file as soon as it appears.
        fs.writeFileSync(`${file}.tmp`, JSON.stringify(result.profile));
        fs.renameSync(`${file}.tmp`, file);
      }
      session.post('Profiler.start');
    });
  });
}
