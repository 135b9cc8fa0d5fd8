import '@mantine/charts/styles.css';
import { lazy } from 'react';

/* The charts (recharts underneath) are most of the practice pages' weight: they load with the first chart shown. */
export const LineChart = lazy(() => import('@mantine/charts').then((charts) => ({ default: charts.LineChart })));
export const RadarChart = lazy(() => import('@mantine/charts').then((charts) => ({ default: charts.RadarChart })));
