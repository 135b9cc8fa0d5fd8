import { Divider, SimpleGrid, Stack } from '@mantine/core';
import type { CandidateProfile } from '#shared/contracts/hiring.ts';
import { CandidateNotes } from './candidate-notes.tsx';
import { CandidateStageSelect } from './candidate-stage-select.tsx';
import { PersonApplications } from './person-applications.tsx';

/** The team's side of a candidate (decision 047): the stage, the person's other applications and the team's notes. */
export function CandidateTeamwork({ candidate, canEdit }: { candidate: CandidateProfile; canEdit: boolean }) {
  return (
    <Stack gap="md" mt="xl">
      <Divider />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <CandidateNotes candidateId={candidate.id} />
        <Stack gap="md">
          {canEdit ? <CandidateStageSelect candidate={candidate} /> : null}
          <PersonApplications candidate={candidate} />
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
