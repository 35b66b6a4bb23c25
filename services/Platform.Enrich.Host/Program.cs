using Platform.Enrich;
using Platform.Hosting;

var builder = WebApplication.CreateBuilder(args);
var options = builder.AddPlatformDefaults("enrich");
builder.Services.AddEnrichStage();
builder.Services.AddPlatformMessaging(options);

var app = builder.Build();
app.MapPlatformDefaults();
app.Run();
