using Observatory.Host.Cli;

return await ObservatoryCli.RunAsync(args, Console.Out, Console.Error, TimeProvider.System);
