using Platform.Publish.Host;

PublishService.Build(args).Run();
