import { Button, Group, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';

type Props = { answeredCount: number; ending: boolean; onEnd: () => void };

/** Ends the interview after a confirmation; with no answer yet there will be no report, and the dialog says so. */
export function EndInterviewButton({ answeredCount, ending, onEnd }: Props) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button variant="default" color="red" onClick={open}>
        End interview
      </Button>
      <Modal opened={opened} onClose={close} title="End the interview now?" centered>
        <Text size="sm" mb="lg">
          {answeredCount > 0
            ? `Your feedback report will cover the ${answeredCount === 1 ? 'answer' : `${answeredCount} answers`} you gave so far. You cannot continue this interview afterwards.`
            : 'You have not answered any question yet, so there will be no feedback report.'}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Keep going
          </Button>
          <Button color="red" loading={ending} onClick={onEnd}>
            End interview
          </Button>
        </Group>
      </Modal>
    </>
  );
}
