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
    }
}
