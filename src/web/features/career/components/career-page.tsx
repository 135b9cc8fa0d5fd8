import { Anchor, Group, Tabs } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '#web/ui/page-header.tsx';
import { useDocumentTitle } from '#web/ui/use-document-title.ts';
import { CareerHomePanel } from './career-home-panel.tsx';
import { EducationPanel, EmploymentPanel } from './context-panels.tsx';
import { ExperiencesPanel } from './experiences-panel.tsx';
import { ImportExportBar } from './import-export-bar.tsx';
import { SkillsPanel } from './skills-panel.tsx';

const tabs = [
  { value: 'experiences', label: 'Experiences', panel: <ExperiencesPanel /> },
  { value: 'skills', label: 'Skills', panel: <SkillsPanel /> },
  { value: 'employment', label: 'Employment', panel: <EmploymentPanel /> },
  { value: 'education', label: 'Education', panel: <EducationPanel /> },
  { value: 'overview', label: 'Overview', panel: <CareerHomePanel /> },
] as const;

/** The career library: one tab per list, the tab kept in the address so a link can open it. */
export function CareerPage() {
  useDocumentTitle('Career');
  const [params, setParams] = useSearchParams();
  const current = tabs.find((tab) => tab.value === params.get('tab'))?.value ?? 'experiences';
  return (
    <>
      <PageHeader title="Career" description="Your career library: what you did, where, and the skills it shows. Everything here is private to you." />
      <Group justify="space-between" align="flex-start">
        <ImportExportBar />
        <Group gap="md">
          <Anchor component={Link} to="/career/postings">
            Job postings
          </Anchor>
          <Anchor component={Link} to="/career/applications">
            Applications
          </Anchor>
          <Anchor component={Link} to="/career/conversations">
            Stories
          </Anchor>
          <Anchor component={Link} to="/career/gaps">
            Skill gaps
          </Anchor>
        </Group>
      </Group>
      <Tabs value={current} onChange={(value) => setParams(value ? { tab: value } : {})} keepMounted={false}>
        <Tabs.List mb="md">
          {tabs.map((tab) => (
            <Tabs.Tab key={tab.value} value={tab.value}>
              {tab.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tabs.map((tab) => (
          <Tabs.Panel key={tab.value} value={tab.value}>
            {tab.panel}
          </Tabs.Panel>
        ))}
      </Tabs>
    </>
  );
}
