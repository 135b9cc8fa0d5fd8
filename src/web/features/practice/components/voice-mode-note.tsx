import { Stack, Switch, Text } from '@mantine/core';
import type { SpeechAvailability } from '#shared/contracts/speech.ts';
import { FormError } from '#web/ui/form-error.tsx';

type Props = {
  availability: SpeechAvailability | undefined;
  /** Switches the offline rough draft; absent where the switch should not be offered. */
  onOfflineChange?: (enabled: boolean) => void;
  switching?: boolean;
  switchError?: Error | null;
};

/**
 * Says why speaking is off (no speech-to-text key, or the offline engine's packages missing), or how spoken answers
 * work when it is on; without a key, offers the offline rough draft (a transcript to correct, pace and fillers estimated).
 */
export function VoiceModeNote({ availability, onOfflineChange, switching = false, switchError = null }: Props) {
  if (!availability) return null;
  const keyed = availability.available && availability.provider !== 'offline';
  const offerSwitch = onOfflineChange && !keyed && !availability.offline.serverDefault;
  let note: string;
  if (availability.provider === 'offline') {
    note = 'Record each answer: an offline rough draft transcribes it (no key; good in a quiet room, poor in noise). Correct what it misheard, then send it. Pace and fillers are estimates. The interviewer reads its questions aloud.';
  } else if (availability.available) {
    note = 'Record each answer, correct the transcript, then send it. The interviewer reads its questions aloud.';
  } else {
    note = `Speaking is off. ${availability.reason ?? 'No speech-to-text provider is configured.'} The interview runs as text.`;
  }
  return (
    <Stack gap={6} maw={380}>
      {offerSwitch ? (
        <Switch
          size="xs"
          label="Offline rough draft (no key)"
          checked={availability.offline.enabled}
          disabled={switching}
          onChange={(event) => onOfflineChange(event.currentTarget.checked)}
        />
      ) : null}
      <Text size="xs" c="dimmed" data-testid="voice-mode-note">
        {note}
      </Text>
      <FormError error={switchError} />
    </Stack>
  );
}
