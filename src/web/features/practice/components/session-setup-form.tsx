import { Button, Card, Group, NumberInput, SegmentedControl, Select, Stack, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { questionCountLimits, type CreatePracticeSessionBody, type PracticeDifficulty, type PracticeInterviewType, type PracticeMode } from '#shared/contracts/practice.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import { useOfflineSpeech } from '#web/features/practice/hooks/use-offline-speech.ts';
import { useSpeechAvailability } from '#web/features/practice/hooks/use-speech-availability.ts';
import { difficultyLabels, interviewTypeLabels, toOptions } from '#web/features/practice/practice-labels.ts';
import { VoiceModeNote } from './voice-mode-note.tsx';

type Props = {
  initial: { targetRole: string; interviewType: PracticeInterviewType; focusSkills: string[] };
  skillSuggestions: readonly string[];
  creating: boolean;
  error: Error | null;
  onSubmit: (body: CreatePracticeSessionBody) => void;
};

const defaultQuestionCount = 5;

export function SessionSetupForm({ initial, skillSuggestions, creating, error, onSubmit }: Props) {
  const availability = useSpeechAvailability();
  const offlineSpeech = useOfflineSpeech();
  const voiceAvailable = availability.data?.available === true;
  const [name, setName] = useState('');
  const [targetRole, setTargetRole] = useState(initial.targetRole);
  const [interviewType, setInterviewType] = useState<PracticeInterviewType>(initial.interviewType);
  const [focusSkills, setFocusSkills] = useState<string[]>(initial.focusSkills);
  const [jobDescription, setJobDescription] = useState('');
  const [questionCount, setQuestionCount] = useState<number | string>(defaultQuestionCount);
  const [difficulty, setDifficulty] = useState<PracticeDifficulty>('medium');
  const [mode, setMode] = useState<PracticeMode>('text');
  const [roleError, setRoleError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (targetRole.trim() === '') {
      setRoleError('Enter the role you are practising for.');
      return;
    }
    onSubmit({
      targetRole: targetRole.trim(),
      interviewType,
      questionCount: typeof questionCount === 'number' ? questionCount : Number.parseInt(questionCount, 10),
      difficulty,
      mode: voiceAvailable ? mode : 'text',
      ...(name.trim() ? { name: name.trim() } : {}),
      ...(focusSkills.length > 0 ? { focusSkills } : {}),
      ...(jobDescription.trim() ? { jobDescription: jobDescription.trim() } : {}),
    });
  };

  return (
    <Card withBorder radius="lg" padding="lg" maw={860} data-testid="practice-setup">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Group grow align="flex-start">
            <TextInput
              label="Target role"
              placeholder="Data Analyst"
              required
              value={targetRole}
              error={roleError}
              onChange={(event) => {
                setTargetRole(event.currentTarget.value);
                setRoleError(null);
              }}
            />
            <TextInput label="Name" description="Optional; named after the role and type otherwise" placeholder="Data analyst, first round" value={name} onChange={(event) => setName(event.currentTarget.value)} />
          </Group>
          <Group grow align="flex-start">
            <Select label="Interview type" allowDeselect={false} data={toOptions(interviewTypeLabels)} value={interviewType} onChange={(value) => value && setInterviewType(value)} />
            <NumberInput
              label="Number of questions"
              description="Follow-up questions are extra"
              min={questionCountLimits.min}
              max={questionCountLimits.max}
              clampBehavior="strict"
              allowDecimal={false}
              value={questionCount}
              onChange={setQuestionCount}
            />
          </Group>
          <TagsInput
            label="Focus skills"
            description="Skills the questions should dwell on; press Enter after each"
            placeholder="SQL, stakeholder management…"
            data={[...skillSuggestions]}
            value={focusSkills}
            onChange={setFocusSkills}
            clearable
          />
          <Textarea
            label="Job description"
            description="Optional: paste the job ad and the questions follow what it asks for"
            autosize
            minRows={4}
            maxRows={16}
            value={jobDescription}
            onChange={(event) => setJobDescription(event.currentTarget.value)}
          />
          <Group align="flex-start" gap="xl">
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                Difficulty
              </Text>
              <SegmentedControl aria-label="Difficulty" value={difficulty} onChange={setDifficulty} data={toOptions(difficultyLabels)} />
            </Stack>
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                Answer by
              </Text>
              <SegmentedControl
                aria-label="Answer by"
                value={voiceAvailable ? mode : 'text'}
                onChange={setMode}
                data={[
                  { value: 'text', label: 'Typing' },
                  { value: 'voice', label: 'Speaking', disabled: !voiceAvailable },
                ]}
              />
              <VoiceModeNote
                availability={availability.data}
                onOfflineChange={(enabled) => offlineSpeech.mutate(enabled)}
                switching={offlineSpeech.isPending}
                switchError={offlineSpeech.error}
              />
              <QueryError error={availability.error} onRetry={() => availability.refetch()} what="whether you can speak your answers" />
            </Stack>
          </Group>
          <FormError error={error} />
          <Group>
            <Button type="submit" loading={creating}>
              Start the interview
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
