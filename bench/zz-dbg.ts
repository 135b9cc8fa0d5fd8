import { readFileSync } from 'node:fs';
import { parseResume } from '#server/ai/offline/resume/index.ts';
for (const f of process.argv.slice(2)) {
  const p = parseResume(readFileSync(f, 'utf8'));
  console.log('==', f, JSON.stringify({ name: p.resume.basics?.name, work: p.resume.work?.map((w) => [w.position, w.name, w.location, w.startDate]), edu: p.resume.education?.map((e) => [e.studyType, e.area, e.institution, e.endDate]) }));
}
