// The README quick start, compiled and run against the packed package.
using Microsoft.Extensions.DependencyInjection;
using Summit;
using Summit.Documents;

var summit = new ServiceCollection().AddSummit().BuildServiceProvider().GetRequiredService<ISummit>();
var reports = await ReportFiles.LoadAsync([args[0]]);
var result = summit.Reconcile(reports);
foreach (var fact in result.Facts) Console.WriteLine($"{fact.Status}: {fact.Summary}");
return result.Facts.Count > 0 ? 0 : 1;
