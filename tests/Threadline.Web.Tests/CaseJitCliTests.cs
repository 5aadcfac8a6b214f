using System.Text.Json;
using Threadline.Cli;
using Threadline.Cli.Infrastructure;

namespace Threadline.Web.Tests;

/// <summary><c>threadline case jit</c>: a Joint Investigation Team as a case record, its limits among the case's deadlines.</summary>
[Collection(WebCollection.Name)]
public sealed class CaseJitCliTests(WorkspaceFixture workspace)
{
    private string? _lead;

    [Fact]
    public void A_jit_is_recorded_with_its_milestones_extension_notice_and_end_as_deadlines()
    {
        var top = JsonDocument.Parse(Cli(0, "networks", "--json", "--limit", "1").Out).RootElement.GetProperty("networks")[0].GetProperty("id").GetString()!;
        var reference = CaseClients.NewReference("JIT");
        Cli(0, "case", "open", "--from-network", top, "--reference", reference, "--title", "JIT case", "--legal-basis", "Art. 433quinquies", "--magistrate", "A. Claes", "--office", "Antwerp");

        var jit = Cli(0, "case", "jit", reference, "--id", "JIT-BE-ES", "--name", "JIT Rotating flats", "--signed", "2026-01-15", "--ends", "2027-01-14", "--notice-days", "60", "--milestone", "2026-06-01=operational meeting", "--zone", "Europe/Brussels").Out;
        Assert.Contains($"case {reference}: JIT JIT-BE-ES version 1", jit, StringComparison.Ordinal);
        Assert.Contains("operational meeting", jit, StringComparison.Ordinal);
        Assert.Contains("2026-11-15", jit, StringComparison.Ordinal);
        Assert.Contains("2027-01-14", jit, StringComparison.Ordinal);

        // An extension is a new version; the case's deadlines carry the JIT's limits.
        Assert.Contains("version 2", Cli(0, "case", "jit", reference, "--id", "JIT-BE-ES", "--name", "JIT Rotating flats", "--signed", "2026-01-15", "--ends", "2027-07-14").Out, StringComparison.Ordinal);
        var show = Cli(0, "case", "show", reference).Out;
        Assert.Contains("2027-07-14", show, StringComparison.Ordinal);

        var bad = Cli(2, "case", "jit", reference, "--id", "JIT-2", "--name", "x", "--signed", "2026-01-15", "--ends", "2027-01-14", "--milestone", "no date here");
        Assert.Contains("--milestone", bad.Error, StringComparison.Ordinal);
        var backwards = Cli(2, "case", "jit", reference, "--id", "JIT-3", "--name", "x", "--signed", "2026-01-15", "--ends", "2025-01-14");
        Assert.Contains("before the agreement was signed", backwards.Error, StringComparison.Ordinal);
    }

    private (string Out, string Error) Cli(int expected, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        _lead ??= CliTokens.Create(workspace.Workspace, workspace.Directory, [Threadline.Security.Accounts.Role.Analyst], [TestUsers.Case], "lead.jit").TokenFile;
        var code = CliApp.Run([.. args, "--workspace", workspace.Workspace, "--token-file", _lead], CliEnvironment.ForWriters(output, error, null, workspace.Directory));
        Assert.True(code == expected, $"threadline {string.Join(' ', args)} exited {code}: {output} {error}");
        return (output.ToString(), error.ToString());
    }
}
