namespace Threadline.Web;

/// <summary>Runs the web app on its own (<c>dotnet Threadline.Web.dll --workspace W --urls URL</c>); the CLI's <c>serve</c> calls <see cref="WebApp"/>.</summary>
public sealed class Program
{
    private Program()
    {
    }

    public static int Main(string[] args)
    {
        var builder = WebApp.CreateBuilder(args);
        if (string.IsNullOrWhiteSpace(builder.Configuration[WebAppOptions.WorkspaceKey]) && string.IsNullOrWhiteSpace(builder.Configuration[Security.ServerSettings.AccountsKey]))
        {
            Console.Error.WriteLine("threadline web: --workspace PATH or --accounts LOCATION is required");
            return 2;
        }

        using var app = WebApp.Build(builder);
        app.Run();
        return 0;
    }
}
