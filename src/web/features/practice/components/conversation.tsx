import { Box, Group, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { PracticeTurn } from '#shared/contracts/practice.ts';
import { stageLabels } from '#web/features/practice/practice-labels.ts';

type Props = {
  turns: readonly PracticeTurn[];
  /** The answer being sent, shown until the saved turn replaces it. */
  pendingAnswer?: string | undefined;
  /** The interviewer's reply as it streams in. */
  streamingReply?: string | undefined;
};

/**
 * The interview so far: the interviewer on the left, the candidate on the right, skipped stages noted between.
 * It scrolls inside its own box, so following the newest turn never scrolls the room's header and buttons away.
 */
export function Conversation({ turns, pendingAnswer, streamingReply }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const length = turns.length;
  useEffect(() => {
    const element = box.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, [length, pendingAnswer, streamingReply]);

  return (
    <Box ref={box} mah="55vh" style={{ overflowY: 'auto' }} pr="xs">
      <Stack gap="sm" data-testid="conversation" aria-live="polite">
        {turns.map((turn) => (
          <TurnBubble key={turn.id} turn={turn} />
        ))}
        {pendingAnswer ? <Bubble role="candidate" text={pendingAnswer} unsaved /> : null}
        {streamingReply ? <Bubble role="interviewer" text={streamingReply} unsaved /> : null}
      </Stack>
    </Box>
  );
}

function TurnBubble({ turn }: { turn: PracticeTurn }) {
  if (turn.role === 'system') {
    return (
      <Text size="xs" c="dimmed" ta="center" fs="italic" data-testid="turn-system">
        {turn.stage ? `You skipped the ${stageLabels[turn.stage].toLowerCase()} stage.` : turn.text}
      </Text>
    );
  }
  return <Bubble role={turn.role} text={turn.text} />;
}

/** `unsaved`: the answer being sent or the reply streaming in, until the saved turns replace them. */
function Bubble({ role, text, unsaved = false }: { role: 'interviewer' | 'candidate'; text: string; unsaved?: boolean }) {
  const interviewer = role === 'interviewer';
  return (
    <Group justify={interviewer ? 'flex-start' : 'flex-end'} data-testid={`turn-${role}`} data-unsaved={unsaved || undefined}>
      <Paper
        radius="lg"
        px="md"
        py="sm"
        maw="80%"
        withBorder={interviewer}
        bg={interviewer ? undefined : 'var(--mantine-primary-color-light)'}
      >
        <Text size="xs" fw={700} c="dimmed" mb={2}>
          {interviewer ? 'Interviewer' : 'You'}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {text}
        </Text>
      </Paper>
    </Group>
  );
}
