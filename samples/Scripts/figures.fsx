// An F# script: `dotnet fsi figures.fsx`. It reads the 2021 page that ships inside the package, checks every published
// figure against its counts, and works out the same two figures as figures.cs, the F# way.
//
// The package comes from the repository's own feed (nuget.config beside this file names it; run
// `dotnet pack src/HelplineStats.Core -c Release -o artifacts/packages` from the root first). Once HelplineStats.Core is
// on a feed you use, `#r "nuget: HelplineStats.Core"` alone is enough.
#r "nuget: HelplineStats.Core, *-*"

open HelplineStats.Core.Audit
open HelplineStats.Core.Data
open HelplineStats.Core.Figures
open HelplineStats.Core.Model

let page = EmbeddedData.FlemishHelplines2021
let audit = Auditor.Default.Audit page
printfn "%O" page
printfn "%O" audit
for verdict in audit.Contradicted do
    printfn "contradicted: %O" verdict.Reference

/// The count a report holds for a key; the page is known to have it, so a missing one is a bug worth failing on.
let countOf (key: ObservationKey) =
    page.Find(key.Helpline, key.Period)
    |> Option.ofObj
    |> Option.bind (fun report -> report.Find key |> Option.ofObj)
    |> Option.map (fun observation -> observation.Count)
    |> Option.defaultWith (fun () -> failwithf "The page has no count for %O" key)

let calls = ObservationKey(Helplines.TeleOnthaal.Id, ReportingPeriod.Year 2021, Metric.Calls)
let byPhone = Share.Of(countOf (calls.WithChannel Channel.Phone), countOf calls)
let sinceLastYear = Change.Between(countOf (calls.WithPeriod(ReportingPeriod.Year 2020)), countOf calls)
printfn "phone: %O" byPhone
printfn "since 2020: %O" sinceLastYear
