using Platform.Hosting;
using Platform.OperatorConsole;
using Platform.Publish;

var builder = WebApplication.CreateBuilder(args);
var options = builder.AddPlatformDefaults("publish");
builder.Services.AddPublishStage(options);
builder.Services.AddPlatformMessaging(options);
builder.Services.AddOperatorConsole();

var app = builder.Build();
app.MapPlatformDefaults();
app.MapPublishEndpoints();
app.MapOperatorConsole();
app.Run();
