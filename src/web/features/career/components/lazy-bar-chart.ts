import '@mantine/charts/styles.css';
import { lazy } from 'react';

/* The chart library loads with the first chart shown, as on the practice pages. */
export const BarChart = lazy(() => import('@mantine/charts').then((charts) => ({ default: charts.BarChart })));
