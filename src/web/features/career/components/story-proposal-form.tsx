import { Button, Card, List, Stack, TagsInput, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { StoryProposal } from '#shared/contracts/career-stories.ts';
import { useSaveStory } from '#web/features/career/hooks/use-stories.ts';
import { FormError } from '#web/ui/form-error.tsx';

/** The proposed experience, editable before it is saved; what the assistant left out (not the user's words) is listed. */
export function StoryProposalForm({ conversationId, proposal }: { conversationId: string; proposal: StoryProposal }) {
  const [title, setTitle] = useState(proposal.title);
  const [description, setDescription] = useState(proposal.description);
  const [skills, setSkills] = useState(proposal.skills.map((skill) => skill.name));
  const save = useSaveStory(conversationId);
  return (
    <Card withBorder radius="md" padding="lg" data-testid="story-proposal">
      <Stack gap="sm">
        <Title order={3} size="h4">
          Proposed experience
        </Title>
        {proposal.numbers.length > 0 ? (
          <Text size="sm" c="dimmed">
            Figures you confirmed: {proposal.numbers.join(', ')}
          </Text>
        ) : null}
        <TextInput label="Title" value={title} onChange={(event) => setTitle(event.currentTarget.value)} required />
        <Textarea label="Description" autosize minRows={4} value={description} onChange={(event) => setDescription(event.currentTarget.value)} />
        <TagsInput label="Skills it shows" value={skills} onChange={setSkills} />
        {proposal.leftOut.length > 0 ? (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              Left out, because you did not say it
            </Text>
            <List size="sm">
              {proposal.leftOut.map((item) => (
                <List.Item key={item}>{item}</List.Item>
              ))}
            </List>
          </Stack>
        ) : null}
        <FormError error={save.error} />
        <Button
          onClick={() => save.mutate({ title: title.trim(), description: description.trim() || null, skills: skills.map((name) => ({ name, prominence: 'primary' as const, usageNotes: null })) })}
          loading={save.isPending}
          disabled={!title.trim()}
        >
          Save to my library
        </Button>
      </Stack>
    </Card>
  );
}
