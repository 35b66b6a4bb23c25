using Platform.Fetch;
using Platform.Hosting;

var builder = WebApplication.CreateBuilder(args);
var options = builder.AddPlatformDefaults("fetch");
builder.Services.AddFetchStage(options);
builder.Services.AddPlatformMessaging(options);

var app = builder.Build();
app.MapPlatformDefaults();
app.MapFetchEndpoints();
app.Run();
