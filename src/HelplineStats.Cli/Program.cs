using System;
using HelplineStats.Cli;
using NodaTime;

return CliApp.Run(args, Console.Out, Console.Error, SystemClock.Instance,
    debug: Environment.GetEnvironmentVariable(CliApp.DebugVariable) == "1");
