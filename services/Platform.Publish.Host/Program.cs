using Platform.Hosting;
using Platform.Publish;

var builder = WebApplication.CreateBuilder(args);
var options = builder.AddPlatformDefaults("publish");
builder.Services.AddPublishStage(options);
builder.Services.AddPlatformMessaging(options);

var app = builder.Build();
app.MapPlatformDefaults();
app.MapPublishEndpoints();
app.Run();
