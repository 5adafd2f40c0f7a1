// The app's charts: small SVG components in VKUI's colour tokens (no chart library).
export { BarChart, type Bar, type BarChartProps, type BarGroup, type BarTone } from './BarChart';
export { HeatMap, type HeatCellView, type HeatMapProps } from './HeatMap';
