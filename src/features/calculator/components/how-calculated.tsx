/** The model in words: the same formulas the README documents, so a user can check every figure. */
export function HowCalculated() {
  return (
    <details className="panel how">
      <summary>How this is calculated</summary>
      <div className="how__body">
        <p>Every figure comes from six parts, added together. Percentages are applied as fractions.</p>
        <dl className="how__list">
          <dt>Lost revenue</dt>
          <dd>revenue per minute × duration × users affected % × revenue that depends on the service % × (1 − sales completed later %)</dd>
          <dt>Lost productivity</dt>
          <dd>employees × hourly cost × duration in hours × productivity lost %</dd>
          <dt>Response cost</dt>
          <dd>responders × hourly cost × (duration in hours + extra hours after the outage)</dd>
          <dt>SLA credits</dt>
          <dd>
            monthly contract value × the credit % of the most severe tier reached, where monthly uptime = 1 − (duration + downtime
            already this month) ÷ minutes in a month. A tier applies when uptime is strictly below its threshold.
          </dd>
          <dt>Churn</dt>
          <dd>customers lost × value of a customer</dd>
          <dt>Other costs</dt>
          <dd>the amount you enter</dd>
        </dl>
        <p>
          Periods: an hour is 60 minutes and a day 1,440. By default a year is 365.2425 days (the Gregorian mean), a month a
          twelfth of that (43,829.1 minutes) and a quarter a quarter of it, the convention uptime.is uses. The calendar option
          switches to 30-day months, 90-day quarters and 365-day years.
        </p>
        <p>
          Cost per minute is the total divided by the duration; cost per hour is 60 times that. “Each minute of faster
          recovery saves” counts the parts that grow with time (revenue, productivity, response during the outage) and leaves
          out SLA tier steps. The error budget is the downtime your target allows in a month; the year view multiplies this
          incident by how often it happens.
        </p>
      </div>
    </details>
  );
}
