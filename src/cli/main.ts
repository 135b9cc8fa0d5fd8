import { Command } from 'commander';
import { appVersion } from '../server/version.ts';
import { registerDbCommands } from './commands/db.ts';
import { registerEvaluateCommand } from './commands/evaluate.ts';
import { registerKeysCommands } from './commands/keys.ts';
import { registerMatchCommand } from './commands/match.ts';
import { registerParseCommand } from './commands/parse.ts';
import { registerQuestionsCommand } from './commands/questions.ts';
import { registerSkillsCommand } from './commands/skills.ts';
import { registerStartCommand } from './commands/start.ts';
import { registerWorkerCommand } from './commands/worker.ts';
import { runCommand } from './run-command.ts';

const program = new Command('parley')
  .description('Parley: the self-hostable AI interview platform.')
  .version(appVersion)
  .showHelpAfterError('(run parley --help for usage)');

registerStartCommand(program);
registerDbCommands(program);
registerParseCommand(program);
registerSkillsCommand(program);
registerMatchCommand(program);
registerQuestionsCommand(program);
registerEvaluateCommand(program);
registerWorkerCommand(program);
registerKeysCommands(program);

await runCommand(() => program.parseAsync(process.argv));
