using Platform.Fetch.Host;

FetchService.Build(args).Run();
