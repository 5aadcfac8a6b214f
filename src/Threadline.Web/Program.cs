namespace Threadline.Web;

/// <summary>Runs the web app on its own (<c>dotnet Threadline.Web.dll --workspace W --urls URL</c>); the CLI's <c>serve</c> calls <see cref="WebApp"/>.</summary>
public sealed class Program
{
    private Program()
    {
    }

    public static int Main(string[] args)
    {
        using var app = WebApp.Build(WebApp.CreateBuilder(args));
        if (string.IsNullOrWhiteSpace(app.Configuration[WebAppOptions.WorkspaceKey]))
        {
            Console.Error.WriteLine("threadline web: --workspace PATH is required");
            return 2;
        }

        app.Run();
        return 0;
    }
}
