using Platform.Hosting;
using Platform.Parse;

var builder = WebApplication.CreateBuilder(args);
var options = builder.AddPlatformDefaults("parse");
builder.Services.AddParseStage();
builder.Services.AddPlatformMessaging(options);

var app = builder.Build();
app.MapPlatformDefaults();
app.Run();
