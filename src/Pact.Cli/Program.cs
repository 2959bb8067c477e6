using Pact.Cli;

return await PactCli.RunAsync(args, Console.Out, Console.Error, input: Console.In);
