import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConferenceDashboard } from '../../../../modules/trade/contract.ts';
import { formatVnd } from '../../../format.ts';
import { axisAmount } from '../../fairs/shared/number-format.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** Meetings held (bars) and MOU value (bars, second axis) by a breakdown of the dashboard. */
export default function OutcomesChart({ title, rows }: { title: string; rows: ConferenceDashboard['byBuyerKind'] }) {
  const { t } = useTranslation();
  const { pick, language } = useLocalized();
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current, undefined, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      // The title is the figure's caption: on a phone it would cover the axis names.
      grid: { left: 8, right: 8, top: 36, bottom: 40, containLabel: true },
      xAxis: { type: 'category', data: rows.map((r) => pick(r.label)), axisLabel: { interval: 0, rotate: 30, width: 110, overflow: 'truncate' } },
      yAxis: [
        { type: 'value', name: t('conferences.admin.meetingsHeld'), nameTextStyle: { align: 'left' } },
        { type: 'value', name: t('conferences.admin.value'), nameTextStyle: { align: 'right' }, splitLine: { show: false }, axisLabel: { formatter: (v: number) => axisAmount(v, language) } },
      ],
      series: [
        { type: 'bar', name: t('conferences.admin.meetingsHeld'), data: rows.map((r) => r.meetings), itemStyle: { color: '#e0a82e' } },
        { type: 'bar', name: t('conferences.admin.value'), yAxisIndex: 1, data: rows.map((r) => r.valueVnd), itemStyle: { color: '#a8262b' }, tooltip: { valueFormatter: (v: unknown) => formatVnd(Number(v)) } },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [rows, t, pick, language]);
  return (
    <figure className="outcomes-chart">
      <figcaption>{title}</figcaption>
      <div ref={element} className="daily-chart" role="img" aria-label={title} />
    </figure>
  );
}
