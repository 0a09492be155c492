using System.Text;

Console.OutputEncoding = new UTF8Encoding(false);
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
return await Summit.Sample.SampleApp.RunAsync(args, Console.Out, Console.Error, cancel.Token);
