using System.Net;

namespace Threadline.Web.Tests;

/// <summary>A refused form post gets the status page with its code (re-executed as a POST), never a 500.</summary>
[Collection(WebCollection.Name)]
public sealed class StatusPageTests(WorkspaceFixture workspace) : IDisposable
{
    private readonly WebFactory _factory = new(workspace.Workspace);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Choosing_a_case_one_is_not_a_member_of_answers_403_with_the_status_page()
    {
        using var client = await _factory.SignedIn();
        var refused = await TestUsers.Post(client, "/switch-case", "/switch-case", new Dictionary<string, string> { ["reference"] = "NOT-MINE" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var body = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Not allowed", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }
}
