// The example of docs/audit.md on a total since launch up to a month whose day is not given. DocSampleTests checks that
// the page shows exactly the lines between the snippet markers, and that the output it shows is what they print.
using System;
using HelplineStats.Core.Audit;
using HelplineStats.Core.IO;
using HelplineStats.Core.Model;
using HelplineStats.Core.Text;

namespace HelplineStats.Docs.Samples;

/// <summary>Totals since launch "up to May 2013" and "up to June 2013" against the yearly counts.</summary>
public static class AuditMonthEndTour
{
    /// <summary>Runs the audit, writing to the console.</summary>
    public static void Run()
    {
        // begin-snippet: audit-month-end
        // 1712 launched on 12 March 2012. An annual report printed the calls of 2012 and 2013; an article printed the
        // calls "since launch, up to May 2013" and a later one "since launch, up to June 2013", without the day.
        Dataset articles = DatasetJsonReader.FromJson("""
            { "format": "helplinestats/2", "reports": [
              { "helpline": "1712", "period": "2013",
                "observations": [ { "period": "2012", "metric": "calls", "value": 5000 },
                                  { "period": "2013", "metric": "calls", "value": 6000 } ],
                "figures": [
                  { "id": "up-to-may", "kind": "cumulative-since-launch", "subject": { "period": "2012-03-12/2013-05", "metric": "calls" },
                    "value": 8200, "precision": 1, "qualifier": "none" },
                  { "id": "up-to-june", "kind": "cumulative-since-launch", "subject": { "period": "2012-03-12/2013-06", "metric": "calls" },
                    "value": 11500, "precision": 1, "qualifier": "none" },
                  { "id": "a-day-up-to-may", "kind": "rate-per-day", "subject": { "period": "2012-03-12/2013-05", "metric": "calls" },
                    "value": 18, "precision": 1, "qualifier": "none" } ] } ] }
            """, "articles.json");
        AuditResult result = Auditor.Default.Audit(articles);
        foreach (Statement statement in Statements.Of(result, articles, TextCulture.English))
        {
            Console.WriteLine($"{statement.Verdict.Figure.Id}: {statement.Verdict.Kind}");
            Console.WriteLine($"  {statement.Text}");
        }
        // end-snippet
    }
}
