import '@mantine/charts/styles.css';
import { lazy } from 'react';

/* The charts (recharts underneath) are heavy: they load with the first chart shown, wherever it is. */
export const BarChart = lazy(() => import('@mantine/charts').then((charts) => ({ default: charts.BarChart })));
export const LineChart = lazy(() => import('@mantine/charts').then((charts) => ({ default: charts.LineChart })));
export const RadarChart = lazy(() => import('@mantine/charts').then((charts) => ({ default: charts.RadarChart })));
