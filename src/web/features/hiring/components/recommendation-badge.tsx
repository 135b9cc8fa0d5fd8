import { Badge } from '@mantine/core';
import type { Recommendation } from '#shared/contracts/hiring.ts';
import { recommendationColors } from '#web/features/hiring/hiring-labels.ts';

export function RecommendationBadge({ recommendation }: { recommendation: Recommendation | null }) {
  if (!recommendation) return <Badge variant="outline" color="gray">Not scored</Badge>;
  return (
    <Badge variant={recommendation === 'Strong Hire' ? 'filled' : 'light'} color={recommendationColors[recommendation]}>
      {recommendation}
    </Badge>
  );
}
