// The command line of the bench's scripts: `--name value` options and `--name` flags.
const args = process.argv.slice(2);

/** The value after `--name`, or `fallback` when it is not given. */
export const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};

/** Whether `--name` was given. */
export const flag = (name) => args.includes(`--${name}`);
