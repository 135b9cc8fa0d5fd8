import { Command } from 'commander';
import { registerDbCommands } from '#cli/commands/db.ts';
import { registerEvaluateCommand } from '#cli/commands/evaluate.ts';
import { registerKeysCommands } from '#cli/commands/keys.ts';
import { registerMatchCommand } from '#cli/commands/match.ts';
import { registerParseCommand } from '#cli/commands/parse.ts';
import { registerQuestionsCommand } from '#cli/commands/questions.ts';
import { registerReviewCommand } from '#cli/commands/review.ts';
import { registerSkillsCommand } from '#cli/commands/skills.ts';
import { registerStartCommand } from '#cli/commands/start.ts';
import { registerWorkerCommand } from '#cli/commands/worker.ts';
import { appVersion } from '#server/version.ts';
import { runCommand } from './run-command.ts';

// Commands only declare themselves here; each loads what it runs (server, database, NLP models, taxonomy) inside its
// action with import(), so `parley --help` and every command pay only for their own code (decision 013).
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
registerReviewCommand(program);
registerWorkerCommand(program);
registerKeysCommands(program);

await runCommand(() => program.parseAsync(process.argv));
