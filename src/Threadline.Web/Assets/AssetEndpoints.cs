namespace Threadline.Web.Assets;

/// <summary>Serves <see cref="AssetCatalog"/> under <c>/assets/{path}</c>, with an ETag.</summary>
internal static class AssetEndpoints
{
    public static void MapAssets(this IEndpointRouteBuilder app)
    {
        app.MapGet("/assets/{**path}", (string path, HttpContext context, AssetCatalog catalog) =>
        {
            if (path.Length > 200 || !catalog.TryGet(path, out var asset))
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "public, max-age=3600";
            context.Response.Headers.ETag = asset.ETag;
            if (context.Request.Headers.IfNoneMatch.ToString() == asset.ETag)
            {
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }

            return Results.Bytes(asset.Bytes, asset.ContentType);
        }).ExcludeFromDescription();

        // Browsers ask for /favicon.ico on pages without an icon link (a JSON answer opened in a tab): the same SVG.
        app.MapGet("/favicon.ico", (AssetCatalog catalog) =>
            catalog.TryGet("favicon.svg", out var icon) ? Results.Bytes(icon.Bytes, icon.ContentType) : Results.NotFound()).ExcludeFromDescription();
    }
}
