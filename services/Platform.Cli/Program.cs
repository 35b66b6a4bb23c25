using Platform.Cli;

return await PlatformCommand.Create().Parse(args).InvokeAsync().ConfigureAwait(false);
