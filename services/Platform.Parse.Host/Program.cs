using Platform.Parse.Host;

ParseService.Build(args).Run();
