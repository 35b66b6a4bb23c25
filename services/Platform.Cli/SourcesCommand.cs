using System.CommandLine;
using Platform.Hosting.Http;
using Platform.Storage;

namespace Platform.Cli;

/// <summary><c>platform sources add|list|revoke</c>: API keys of upstream feeds (only hashes are stored).</summary>
public static class SourcesCommand
{
    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "Directory of the SQLite store (default from configuration, ./data)." };
        var id = new Argument<string>("id") { Description = "Source id, e.g. 'beijing-wmb'." };

        var add = new Command("add", "Create a source and print its API key (shown once).") { id, data };
        add.SetAction(async (r, ct) =>
        {
            var sourceId = r.GetValue(id)!;
            if (sourceId.Length is 0 or > 64 || !sourceId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            {
                await Console.Error.WriteLineAsync("error: source id must be 1-64 characters of [A-Za-z0-9._-]").ConfigureAwait(false);
                return 2;
            }
            await using var store = await StoreAccess.OpenAsync(r.GetValue(data), ct).ConfigureAwait(false);
            var key = ApiKeyCredentials.NewKey();
            if (!await store.Sources.AddAsync(new Source(sourceId, ApiKeyCredentials.Hash(key), key[..8], DateTimeOffset.UtcNow, null), ct).ConfigureAwait(false))
            {
                await Console.Error.WriteLineAsync($"error: source '{sourceId}' already exists").ConfigureAwait(false);
                return 1;
            }
            Console.WriteLine($"source: {sourceId}");
            Console.WriteLine($"key:    {key}");
            Console.WriteLine("Store the key now: only its hash is kept. Push with: curl -H 'Authorization: Bearer <key>' --data-binary @file.txt -H 'Content-Type: text/plain' http://127.0.0.1:5080/v1/bulletins");
            return 0;
        });

        var list = new Command("list", "List sources and whether their key is active.") { data };
        list.SetAction(async (r, ct) =>
        {
            await using var store = await StoreAccess.OpenAsync(r.GetValue(data), ct).ConfigureAwait(false);
            foreach (var s in await store.Sources.ListAsync(ct).ConfigureAwait(false))
            {
                Console.WriteLine($"{s.Id,-24} {s.KeyPrefix}…  created {s.CreatedAt:u}  {(s.RevokedAt is null ? "active" : $"revoked {s.RevokedAt:u}")}");
            }
            return 0;
        });

        var revoke = new Command("revoke", "Revoke a source's key; its pushes then get 403.") { id, data };
        revoke.SetAction(async (r, ct) =>
        {
            await using var store = await StoreAccess.OpenAsync(r.GetValue(data), ct).ConfigureAwait(false);
            if (await store.Sources.RevokeAsync(r.GetValue(id)!, DateTimeOffset.UtcNow, ct).ConfigureAwait(false)) return 0;
            await Console.Error.WriteLineAsync($"error: no source '{r.GetValue(id)}'").ConfigureAwait(false);
            return 1;
        });

        return new Command("sources", "Manage upstream sources and their API keys.") { add, list, revoke };
    }
}
