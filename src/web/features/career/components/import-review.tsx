import { Button, Card, Checkbox, Group, Loader, Modal, ScrollArea, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { LibraryImport, LibraryProposal } from '#shared/contracts/career.ts';
import { useCommitImport } from '#web/features/career/hooks/use-stories.ts';
import { FormError } from '#web/ui/form-error.tsx';

type Section = 'employments' | 'educations' | 'experiences' | 'skills';
type Entry = { key: string; accepted: boolean; main: string; second: string | null };

const sections: { section: Section; title: string; main: string; second: string }[] = [
  { section: 'employments', title: 'Employment', main: 'Company', second: 'Title' },
  { section: 'educations', title: 'Education', main: 'Institution', second: 'Degree' },
  { section: 'experiences', title: 'Experiences', main: 'Title', second: 'Description' },
  { section: 'skills', title: 'Skills', main: 'Skill', second: 'Category' },
];

function entriesOf(proposal: LibraryProposal): Record<Section, Entry[]> {
  return {
    employments: proposal.employments.map((item) => ({ key: item.key, accepted: true, main: item.companyName, second: item.title })),
    educations: proposal.educations.map((item) => ({ key: item.key, accepted: true, main: item.institutionName, second: item.degree })),
    experiences: proposal.experiences.map((item) => ({ key: item.key, accepted: true, main: item.title, second: item.description })),
    skills: proposal.skills.map((item) => ({ key: item.key, accepted: true, main: item.name, second: item.category })),
  };
}

/** The reviewed import: only accepted entries, with the user's edits; an experience of a skipped employment keeps no link to it. */
function reviewedImport(proposal: LibraryProposal, review: Record<Section, Entry[]>): LibraryImport {
  const kept = (section: Section) => new Map(review[section].filter((entry) => entry.accepted && entry.main.trim()).map((entry) => [entry.key, entry]));
  const [employments, educations, experiences, skills] = [kept('employments'), kept('educations'), kept('experiences'), kept('skills')];
  return {
    employments: proposal.employments.filter((item) => employments.has(item.key)).map((item) => ({ ...item, companyName: employments.get(item.key)!.main, title: employments.get(item.key)!.second })),
    educations: proposal.educations.filter((item) => educations.has(item.key)).map((item) => ({ ...item, institutionName: educations.get(item.key)!.main, degree: educations.get(item.key)!.second })),
    experiences: proposal.experiences
      .filter((item) => experiences.has(item.key))
      .map((item) => ({
        ...item,
        title: experiences.get(item.key)!.main,
        description: experiences.get(item.key)!.second,
        employmentKey: item.employmentKey && employments.has(item.employmentKey) ? item.employmentKey : null,
      })),
    skills: proposal.skills.filter((item) => skills.has(item.key)).map((item) => ({ ...item, name: skills.get(item.key)!.main, category: skills.get(item.key)!.second })),
  } as LibraryImport;
}

/** Every entry a CV or JSON Resume would add, section by section: keep or skip each, edit it, then save what is kept. */
export function ImportReview({ proposal, onClose }: { proposal: LibraryProposal; onClose: () => void }) {
  const [review, setReview] = useState(() => entriesOf(proposal));
  const commit = useCommitImport();
  const change = (section: Section, key: string, changes: Partial<Entry>) =>
    setReview((current) => ({ ...current, [section]: current[section].map((entry) => (entry.key === key ? { ...entry, ...changes } : entry)) }));
  const count = Object.values(review).flat().filter((entry) => entry.accepted).length;
  return (
    <Stack gap="md">
      {proposal.warnings.length > 0 ? (
        <Text size="sm" c="orange">
          Not read: {proposal.warnings.join('; ')}
        </Text>
      ) : null}
      {commit.data ? (
        <Stack gap="sm">
          <Text>
            Saved {commit.data.employments} employment, {commit.data.educations} education, {commit.data.experiences} experiences and {commit.data.skills} skills.
          </Text>
          <Button onClick={onClose}>Done</Button>
        </Stack>
      ) : (
        <>
          {sections.map(({ section, title, main, second }) => (
            <Card key={section} withBorder radius="md" data-testid={`import-section-${section}`}>
              <Group justify="space-between" mb="xs">
                <Title order={4} size="h5">
                  {title} ({review[section].filter((entry) => entry.accepted).length} of {review[section].length} kept)
                </Title>
                {review[section].length > 0 ? (
                  <Group gap="xs">
                    <Button size="compact-xs" variant="subtle" onClick={() => setReview((current) => ({ ...current, [section]: current[section].map((entry) => ({ ...entry, accepted: true })) }))}>
                      Keep all
                    </Button>
                    <Button size="compact-xs" variant="subtle" onClick={() => setReview((current) => ({ ...current, [section]: current[section].map((entry) => ({ ...entry, accepted: false })) }))}>
                      Skip all {title.toLowerCase()}
                    </Button>
                  </Group>
                ) : null}
              </Group>
              {review[section].length === 0 ? (
                <Text size="sm" c="dimmed">
                  Nothing found.
                </Text>
              ) : null}
              <Stack gap="xs">
                {review[section].map((entry) => (
                  <Group key={entry.key} align="flex-end" wrap="nowrap">
                    <Checkbox checked={entry.accepted} onChange={(event) => change(section, entry.key, { accepted: event.currentTarget.checked })} aria-label={`Keep ${entry.main}`} mb={8} />
                    <TextInput label={main} value={entry.main} onChange={(event) => change(section, entry.key, { main: event.currentTarget.value })} disabled={!entry.accepted} flex={1} />
                    <TextInput label={second} value={entry.second ?? ''} onChange={(event) => change(section, entry.key, { second: event.currentTarget.value || null })} disabled={!entry.accepted} flex={1} />
                  </Group>
                ))}
              </Stack>
            </Card>
          ))}
          <FormError error={commit.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button onClick={() => commit.mutate(reviewedImport(proposal, review))} loading={commit.isPending} disabled={count === 0}>
              Save {count} kept {count === 1 ? 'entry' : 'entries'}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}

/** The review in a modal, for a proposal that is loading, failed or ready. */
export function ImportReviewModal(props: { opened: boolean; title: string; proposal: LibraryProposal | undefined; loading: boolean; error: Error | null; onClose: () => void }) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} size="xl" scrollAreaComponent={ScrollArea.Autosize}>
      {props.loading ? <Loader size="sm" aria-label="Reading your CV" /> : null}
      <FormError error={props.error} />
      {props.proposal ? <ImportReview key={JSON.stringify(props.proposal).length} proposal={props.proposal} onClose={props.onClose} /> : null}
    </Modal>
  );
}
