import { Command } from 'commander';
import { appVersion } from '../server/version.ts';
import { registerDbCommands } from './commands/db.ts';
import { registerStartCommand } from './commands/start.ts';
import { registerWorkerCommand } from './commands/worker.ts';
import { runCommand } from './run-command.ts';

const program = new Command('parley')
  .description('Parley: the self-hostable AI interview platform.')
  .version(appVersion)
  .showHelpAfterError('(run parley --help for usage)');

registerStartCommand(program);
registerDbCommands(program);
registerWorkerCommand(program);

await runCommand(() => program.parseAsync(process.argv));
