namespace Threadline.Web;

/// <summary>Runs the web app on its own (<c>dotnet Threadline.Web.dll --workspace W --urls URL</c>); the CLI's <c>serve</c> calls <see cref="WebApp"/>.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var builder = WebApp.CreateBuilder(args);
        var workspace = builder.Configuration[WebAppOptions.WorkspaceKey];
        if (string.IsNullOrWhiteSpace(workspace))
        {
            Console.Error.WriteLine("threadline web: --workspace PATH is required");
            return 2;
        }

        using var app = WebApp.Build(builder);
        app.Run();
        return 0;
    }
}
