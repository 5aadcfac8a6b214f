using System.Net;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Threadline.Web.Tests;

/// <summary>Searches take their turn (<see cref="SearchGate"/>): the page and the API carry the policy, nothing else does, and queued searches all answer.</summary>
[Collection(WebCollection.Name)]
public sealed class SearchGateTests(WorkspaceFixture workspace)
{
    [Fact]
    public void The_search_page_and_api_take_turns_and_no_other_endpoint_does()
    {
        using var factory = new WebFactory(workspace.Workspace);
        _ = factory.Server;
        var gated = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == SearchGate.Policy)
            .Select(e => "/" + e.RoutePattern.RawText?.TrimStart('/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(["/api/search", "/search"], gated);
    }

    [Fact]
    public async Task Searches_beyond_the_running_ones_wait_their_turn_and_all_answer()
    {
        using var factory = new WebFactory(workspace.Workspace, settings: new Dictionary<string, string> { [SearchGate.ConcurrencyKey] = "1" });
        using var client = await factory.SignedIn();
        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => client.GetAsync(i % 2 == 0 ? "/api/search?q=massage" : "/search?q=new")));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        foreach (var answer in answers)
        {
            answer.Dispose();
        }
    }

    [Theory]
    [InlineData("3", 3)]
    [InlineData("64", 64)]
    [InlineData("0", -1)]
    [InlineData("65", -1)]
    [InlineData("-2", -1)]
    [InlineData("two", -1)]
    [InlineData(null, -1)]
    public void Concurrency_is_read_from_the_settings_within_bounds_else_one_per_core(string? value, int expected)
    {
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [SearchGate.ConcurrencyKey] = value }).Build();
        Assert.Equal(expected > 0 ? expected : Math.Max(2, Environment.ProcessorCount), SearchGate.Permits(settings));
    }
}
