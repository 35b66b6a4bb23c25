using Platform.Enrich.Host;

EnrichService.Build(args).Run();
