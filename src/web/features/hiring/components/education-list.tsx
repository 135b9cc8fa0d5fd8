import { Stack, Text } from '@mantine/core';
import type { ResumeCertificate, ResumeEducation } from '#shared/ai/resume.ts';
import { formatResumeDate, formatResumePeriod } from '#web/features/hiring/format-resume-date.ts';

export function EducationList({ education, certificates }: { education: readonly ResumeEducation[]; certificates: readonly ResumeCertificate[] }) {
  if (education.length === 0 && certificates.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No education was found in this CV.
      </Text>
    );
  }
  return (
    <Stack gap="sm" data-testid="education">
      {education.map((entry, index) => (
        <Stack key={`${entry.institution}-${index}`} gap={0}>
          <Text size="sm" fw={600}>
            {[entry.studyType, entry.area].filter(Boolean).join(', ') || 'Studies'}
          </Text>
          <Text size="xs" c="dimmed">
            {[entry.institution, formatResumePeriod(entry.startDate, entry.endDate)].filter(Boolean).join(' · ')}
          </Text>
        </Stack>
      ))}
      {certificates.map((certificate) => (
        <Stack key={certificate.name} gap={0}>
          <Text size="sm" fw={600}>
            {certificate.name}
          </Text>
          <Text size="xs" c="dimmed">
            {[certificate.issuer, formatResumeDate(certificate.date)].filter(Boolean).join(' · ')}
          </Text>
        </Stack>
      ))}
    </Stack>
  );
}
