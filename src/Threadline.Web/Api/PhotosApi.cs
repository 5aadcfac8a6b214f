using Threadline.Linking;

namespace Threadline.Web.Api;

/// <summary>
/// <c>/photos/{imageId}</c>: an ad's photo as a small JPEG thumbnail, read from the file the link job hashed inside the
/// workspace's image folder (the same checks as the report: regular file, size limit). Never a remote address.
/// </summary>
internal static class PhotosApi
{
    public static void MapPhotos(this IEndpointRouteBuilder app)
    {
        var limits = new ImageLimits();
        app.MapGet("/photos/{imageId}", (WorkspaceHolder workspace, string imageId) =>
        {
            if (imageId.Length > 200 || workspace.Store.GetEntity(imageId) is not { Schema: "Image" } image || image.First("file") is not { } file)
            {
                return Results.NotFound();
            }

            var bytes = ImageFiles.Read(file, limits, out _);
            var thumbnail = bytes is null ? null : Thumbnails.Jpeg(bytes, limits);
            return thumbnail is null ? Results.NotFound() : Results.File(thumbnail, "image/jpeg");
        }).ExcludeFromDescription();
    }
}
