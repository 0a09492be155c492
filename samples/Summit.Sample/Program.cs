using System.Text;

Console.OutputEncoding = new UTF8Encoding(false);
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl-C cancels the run (exit code 130, --out untouched); a second one ends the process.
    e.Cancel = !cancel.IsCancellationRequested;
    cancel.Cancel();
};
return await Summit.Sample.SampleApp.RunAsync(args, Console.Out, Console.Error, stderrIsTerminal: !Console.IsErrorRedirected, cancel.Token);
