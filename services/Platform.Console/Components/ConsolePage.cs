using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Platform.OperatorConsole.Security;

namespace Platform.OperatorConsole.Components;

/// <summary>
/// Base of the console's pages: the request, the caller's rights, the notice an action leaves, and the one gate
/// every action passes (admin key; the antiforgery token is checked by the framework before any handler runs).
/// </summary>
public abstract class ConsolePage : ComponentBase
{
    [CascadingParameter] public HttpContext HttpContext { get; set; } = default!;

    [Inject] public ConsoleSession Session { get; set; } = default!;

    protected ConsoleCaller Caller { get; private set; } = new(null, false, false, false);

    /// <summary>What the last action did (or why it was refused); null when none ran.</summary>
    protected Notice? Notice { get; set; }

    protected CancellationToken Aborted => HttpContext.RequestAborted;

    protected override async Task OnInitializedAsync()
    {
        Caller = await Session.CallerAsync(HttpContext);
        await LoadAsync();
    }

    /// <summary>Reads what the page shows; called again after an action changed it.</summary>
    protected abstract Task LoadAsync();

    /// <summary>True when the caller holds an admin key; otherwise answers 401/403 and leaves a refusal notice.</summary>
    protected bool MayAct(string action)
    {
        if (Caller.CanAct) return true;
        HttpContext.Response.StatusCode = Caller.Role is null ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden;
        Notice = Notice.Refused(Caller.Role is null
            ? $"Refused to {action}: actions need an admin key. Sign in with one first."
            : $"Refused to {action}: your key may read the console but not act.");
        return false;
    }

    protected async Task DoneAsync(string message)
    {
        Notice = Notice.Done(message);
        await LoadAsync();
    }

    protected static string Time(DateTimeOffset? at) =>
        at is { } t ? t.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) + "Z" : "—";

    /// <summary>An enum value as the API writes it (published, rejected…), for labels and CSS classes.</summary>
    protected static string Lower(Enum value) => value.ToString().ToLowerInvariant();
}
