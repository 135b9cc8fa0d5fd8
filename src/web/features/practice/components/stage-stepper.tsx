import { Stepper } from '@mantine/core';
import type { PracticeSessionState, PracticeStage, StagePlan } from '#shared/contracts/practice.ts';
import { stageLabels } from '#web/features/practice/practice-labels.ts';

type Step = { stage: PracticeStage; status: StagePlan['status']; detail: string };

const statusDetails: Record<StagePlan['status'], string> = {
  done: 'Done',
  current: 'Now',
  upcoming: 'Next',
  skipped: 'Skipped',
  not_reached: 'Not reached',
};

/** The welcome opens every interview and the closing ends it, whether or not they are planned as stages. */
function stepsOf(session: PracticeSessionState): Step[] {
  const finished = session.status === 'completed' || session.status === 'aborted';
  const planned: Step[] = session.stages.map((plan) => ({
    stage: plan.stage,
    status: plan.status,
    detail: plan.budget > 0 && plan.status !== 'skipped' ? `${statusDetails[plan.status]} · ${plan.answered}/${plan.budget} answered` : statusDetails[plan.status],
  }));
  const steps: Step[] = [];
  if (!planned.some((step) => step.stage === 'welcome')) steps.push({ stage: 'welcome', status: 'done', detail: statusDetails.done });
  steps.push(...planned);
  if (!planned.some((step) => step.stage === 'closing')) {
    const status = finished ? 'current' : 'upcoming';
    steps.push({ stage: 'closing', status, detail: finished ? statusDetails.done : statusDetails.upcoming });
  }
  return steps;
}

const passedOver = (step: Step) => step.status === 'skipped' || step.status === 'not_reached';

export function StageStepper({ session }: { session: PracticeSessionState }) {
  const steps = stepsOf(session);
  const current = steps.findIndex((step) => step.status === 'current');
  return (
    <Stepper active={current < 0 ? steps.length : current} size="xs" allowNextStepsSelect={false} data-testid="stage-stepper" aria-label="Interview stages">
      {steps.map((step) => (
        <Stepper.Step
          key={step.stage}
          label={stageLabels[step.stage]}
          description={step.detail}
          color={passedOver(step) ? 'gray' : undefined}
          completedIcon={passedOver(step) ? '–' : undefined}
          data-status={step.status}
        />
      ))}
    </Stepper>
  );
}
