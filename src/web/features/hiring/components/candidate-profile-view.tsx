import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { CandidateProfile } from '#shared/contracts/hiring.ts';
import { readCandidateResume } from '#web/features/hiring/read-candidate-resume.ts';
import { EducationList } from './education-list.tsx';
import { EntityList } from './entity-list.tsx';
import { WorkHistory } from './work-history.tsx';

function ContactLine({ label, value, href }: { label: string; value: string | null; href?: string }) {
  if (!value) return null;
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm" c="dimmed" w={80}>
        {label}
      </Text>
      {href ? (
        <Anchor href={href} size="sm">
          {value}
        </Anchor>
      ) : (
        <Text size="sm">{value}</Text>
      )}
    </Group>
  );
}

/** The parsed CV: contact, summary, experience, education, skills and the entities read from the text. */
export function CandidateProfileView({ candidate }: { candidate: CandidateProfile }) {
  const resume = readCandidateResume(candidate);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Stack gap="lg">
        <Card withBorder radius="lg" padding="lg">
          <Title order={3} size="h4" mb="sm">
            Contact
          </Title>
          {candidate.masked ? (
            <Text size="sm" c="dimmed">
              Hidden by blind screening until the candidate is shortlisted.
            </Text>
          ) : (
            <Stack gap={4} data-testid="contact">
              <ContactLine label="Email" value={candidate.email} href={candidate.email ? `mailto:${candidate.email}` : undefined} />
              <ContactLine label="Phone" value={candidate.phone} href={candidate.phone ? `tel:${candidate.phone.replace(/[^\d+]/g, '')}` : undefined} />
              <ContactLine label="Location" value={candidate.location} />
              {(resume.basics.profiles ?? []).map((profile) => (
                <ContactLine key={profile.url ?? profile.network} label={profile.network ?? 'Profile'} value={profile.url ?? profile.username ?? null} href={profile.url} />
              ))}
              {candidate.fileName ? <ContactLine label="File" value={candidate.fileName} /> : null}
            </Stack>
          )}
          {resume.basics.summary ? (
            <Text size="sm" mt="md">
              {resume.basics.summary}
            </Text>
          ) : null}
        </Card>
        <Card withBorder radius="lg" padding="lg">
          <Title order={3} size="h4" mb="sm">
            Experience
          </Title>
          <WorkHistory work={resume.work} />
        </Card>
      </Stack>
      <Stack gap="lg">
        <Card withBorder radius="lg" padding="lg">
          <Title order={3} size="h4" mb="sm">
            Education
          </Title>
          <EducationList education={resume.education} certificates={resume.certificates} />
        </Card>
        <Card withBorder radius="lg" padding="lg">
          <Title order={3} size="h4" mb="sm">
            Skills and languages
          </Title>
          <Group gap={6}>
            {candidate.skills.length === 0 ? (
              <Text size="sm" c="dimmed">
                No skills listed.
              </Text>
            ) : (
              candidate.skills.map((skill) => (
                <Badge key={skill} variant="light" color="gray" tt="none">
                  {skill}
                </Badge>
              ))
            )}
          </Group>
          {resume.languages.length > 0 ? (
            <Text size="sm" mt="sm">
              {resume.languages.map((language) => (language.fluency ? `${language.language} (${language.fluency})` : language.language)).join(' · ')}
            </Text>
          ) : null}
        </Card>
        <Card withBorder radius="lg" padding="lg">
          <Title order={3} size="h4" mb="sm">
            Entities in the text
          </Title>
          <EntityList entities={candidate.entities} />
        </Card>
      </Stack>
    </SimpleGrid>
  );
}
