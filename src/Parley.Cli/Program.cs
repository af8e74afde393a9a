using Parley.Cli;

return await ParleyCommandLine.RunAsync(args);
