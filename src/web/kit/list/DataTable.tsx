import type { ReactNode } from 'react';

export interface Column<T> {
  /** Stable id of the column (React key). */
  id: string;
  header: string;
  cell(row: T): ReactNode;
  /** `num`: right-aligned figures. */
  className?: string;
  /** Header text kept for screen readers but hidden (e.g. an actions column). */
  hideHeader?: boolean;
}

/**
 * A table of rows; on a phone each row becomes a card whose cells carry their column's name
 * (data-label, styles in the table section of the stylesheet).
 */
export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  busy = false,
  rowClassName,
}: {
  caption: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey(row: T): string;
  busy?: boolean;
  rowClassName?(row: T): string | undefined;
}) {
  return (
    <table className="data-table" aria-busy={busy}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.id} scope="col" className={column.className}>
              {column.hideHeader ? <span className="visually-hidden">{column.header}</span> : column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} className={rowClassName?.(row)}>
            {columns.map((column) => (
              <td key={column.id} data-label={column.header} className={column.className}>
                <div>{column.cell(row)}</div>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
