import { Switch } from '@mantine/core';
import { useInterviewerVoice } from '#web/features/practice/hooks/use-interviewer-voice.ts';

/** Speaks the interviewer's words aloud unless switched off; nothing shows if the browser cannot speak. */
export function InterviewerVoiceToggle({ text }: { text: string | undefined }) {
  const { supported, muted, setMuted } = useInterviewerVoice(text);
  if (!supported) return null;
  return <Switch label="Read questions aloud" checked={!muted} onChange={(event) => setMuted(!event.currentTarget.checked)} />;
}
