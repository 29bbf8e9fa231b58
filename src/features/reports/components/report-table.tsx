// One report table: a real <table> with caption and headers, and its CSV download (the same rows, raw values).
import { TableWrap } from '../../../components/ui/table-wrap';
import { downloadFile } from '../../../lib/download';
import { formatMoney, formatNumber, formatPercent, MISSING_VALUE } from '../../../lib/format';
import { formatDurationWords } from '../../../lib/format-duration';
import { renderTableCsv, type ReportCell, type ReportTable } from '../domain/report-tables';

/** A cell as the page shows it; "—" for a figure no incident recorded. */
export function formatCell(cell: ReportCell): string {
  switch (cell.kind) {
    case 'text':
      return cell.value;
    case 'count':
      return formatNumber(cell.value);
    case 'money':
      return formatMoney(cell.value, cell.currency, undefined, { maximumFractionDigits: 0 });
    case 'duration':
      return cell.value === null ? MISSING_VALUE : formatDurationWords(cell.value);
    case 'percent':
      return cell.value === null ? MISSING_VALUE : formatPercent(cell.value, 0);
    case 'days':
      return cell.value === null ? MISSING_VALUE : `${formatNumber(cell.value)} ${cell.value === 1 ? 'day' : 'days'}`;
  }
}

export function ReportTableView({ table, empty }: { table: ReportTable; empty?: string }) {
  return (
    <div className="report-table">
      {table.rows.length === 0 ? (
        <p className="muted">{empty ?? 'Nothing to show for this selection.'}</p>
      ) : (
        <TableWrap label={`${table.caption}: table`}>
          <table className="table report-table__table">
            <caption>{table.caption}</caption>
            <thead>
              <tr>
                {table.columns.map((column, index) => (
                  <th key={`${column.label}-${index}`} scope="col" className={index === 0 ? undefined : 'num'}>
                    {column.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, rowIndex) => (
                <tr key={rowIndex}>
                  {row.map((cell, index) =>
                    index === 0 ? (
                      <th key={index} scope="row">
                        {formatCell(cell)}
                      </th>
                    ) : (
                      <td key={index} className="num">
                        {formatCell(cell)}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {table.rows.length > 0 && (
        <button
          type="button"
          className="button button--small no-print"
          aria-label={`Download CSV: ${table.caption}`}
          onClick={() => downloadFile(`outage-kit-${table.id}.csv`, renderTableCsv(table), 'text/csv;charset=utf-8')}
        >
          Download CSV
        </button>
      )}
    </div>
  );
}
