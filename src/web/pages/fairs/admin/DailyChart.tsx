import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FairDashboard } from '../../../../modules/fairs/contract.ts';
import { formatDate, formatVnd } from '../../../format.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { axisAmount } from '../shared/number-format.ts';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** Sales (bars, VND) and visitors (line) per fair day. The table next to it carries the same numbers. */
export default function DailyChart({ days }: { days: FairDashboard['days'] }) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current, undefined, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 60, right: 60, top: 40, bottom: 56 },
      xAxis: { type: 'category', data: days.map((d) => formatDate(d.day).slice(0, 5)) },
      yAxis: [
        { type: 'value', name: t('adminFairs.dashboard.salesAxis'), axisLabel: { formatter: (v: number) => axisAmount(v, language) } },
        { type: 'value', name: t('adminFairs.dashboard.visitorsAxis'), splitLine: { show: false } },
      ],
      series: [
        {
          type: 'bar',
          name: t('adminFairs.dashboard.sales'),
          data: days.map((d) => d.salesVnd),
          itemStyle: { color: '#a8262b' },
          tooltip: { valueFormatter: (v: unknown) => formatVnd(Number(v)) },
        },
        { type: 'line', name: t('adminFairs.dashboard.visitors'), yAxisIndex: 1, data: days.map((d) => d.visitors), itemStyle: { color: '#e0a82e' } },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [days, t, language]);
  return <div ref={element} className="daily-chart" role="img" aria-label={t('adminFairs.dashboard.chartLabel')} />;
}
