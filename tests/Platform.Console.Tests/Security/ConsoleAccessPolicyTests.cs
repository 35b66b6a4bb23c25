using Platform.OperatorConsole.Security;

namespace Platform.Console.Tests.Security;

public sealed class ConsoleAccessPolicyTests
{
    [Theory]
    [InlineData(true, true, null, true)]
    [InlineData(false, true, null, false)]
    [InlineData(true, false, null, false)]
    [InlineData(false, true, ConsoleRole.Viewer, true)]
    [InlineData(false, false, ConsoleRole.Admin, true)]
    public void Reads_are_open_on_loopback_by_default_and_need_a_key_elsewhere(bool loopback, bool openOnLoopback, ConsoleRole? role, bool allowed) =>
        Assert.Equal(allowed, ConsoleAccessPolicy.CanRead(loopback, openOnLoopback, role));

    [Theory]
    [InlineData(null, false)]
    [InlineData(ConsoleRole.Viewer, false)]
    [InlineData(ConsoleRole.Admin, true)]
    public void Only_an_admin_key_may_act(ConsoleRole? role, bool allowed) =>
        Assert.Equal(allowed, ConsoleAccessPolicy.CanAct(role));
}
