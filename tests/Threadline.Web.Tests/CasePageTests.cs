using System.Net;
using System.Text.Json;
using Threadline.Cli;
using Threadline.Cli.Infrastructure;

namespace Threadline.Web.Tests;

/// <summary>The read-only case pages: the list and one case (victims by pseudonym only, never a victim record's content).</summary>
[Collection(WebCollection.Name)]
public sealed class CasePageTests(WorkspaceFixture workspace) : IDisposable
{
    private readonly WebFactory _factory = new(workspace.Workspace);

    private string? _lead;

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_case_opened_from_the_top_lead_is_listed_and_shown_without_any_victim_record_content()
    {
        var top = JsonDocument.Parse(Cli("networks", "--json", "--limit", "1")).RootElement.GetProperty("networks")[0].GetProperty("id").GetString()!;
        Cli("case", "open", "--from-network", top, "--reference", "WEB-1", "--title", "Web <b>case</b>", "--legal-basis", "Art. 433quinquies", "--magistrate", "A. Claes", "--office", "Antwerp");
        var victim = JsonDocument.Parse(Cli("case", "victim", "add", "WEB-1", "--name", "Secret Name", "--referred-to", "Payoke", "--on", "2026-03-09", "--reason", "test", "--json")).RootElement.GetProperty("pseudonym").GetString()!;
        using var client = await _factory.SignedIn();

        var list = await client.GetStringAsync(new Uri("/cases", UriKind.Relative));
        Assert.Contains("/cases/WEB-1", list, StringComparison.Ordinal);
        Assert.Contains("Web &lt;b&gt;case&lt;/b&gt;", list, StringComparison.Ordinal);

        var page = await client.GetStringAsync(new Uri("/cases/WEB-1", UriKind.Relative));
        Assert.Contains(top, page, StringComparison.Ordinal);
        Assert.Contains(victim, page, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret Name", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Payoke", page, StringComparison.Ordinal);
        Assert.DoesNotContain("reflection", page, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/cases/NO-SUCH-CASE", UriKind.Relative))).StatusCode);
    }

    private string Cli(params string[] args)
    {
        _lead ??= CliTokens.Create(workspace.Workspace, workspace.Directory, [Threadline.Security.Accounts.Role.Analyst], [TestUsers.Case], "lead.web").TokenFile;
        return CliTokens.Run(workspace, _lead, args);
    }
}
