import { Text } from '@mantine/core';
import type { SpeechAvailability } from '#shared/contracts/speech.ts';

/** Says why speaking is off (no speech-to-text key), or how spoken answers work when it is on. */
export function VoiceModeNote({ availability }: { availability: SpeechAvailability | undefined }) {
  if (!availability) return null;
  return (
    <Text size="xs" c="dimmed" maw={380} data-testid="voice-mode-note">
      {availability.available
        ? 'Record each answer, correct the transcript, then send it. The interviewer reads its questions aloud.'
        : `Speaking is off. ${availability.reason ?? 'No speech-to-text provider is configured.'} The interview runs as text.`}
    </Text>
  );
}
