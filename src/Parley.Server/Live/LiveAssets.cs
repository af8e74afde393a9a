using Parley.Server.Access;

namespace Parley.Server.Live;

/// <summary>
/// The live page's stylesheet and script, files under wwwroot/assets served by ASP.NET Core's static assets (an ETag
/// from the build, 304 on revalidation). Not fingerprinted and not precompressed: the pages link them by name, and
/// both are a few kilobytes.
/// </summary>
internal static class LiveAssets
{
    public static IEndpointRouteBuilder MapLiveAssets(this IEndpointRouteBuilder routes)
    {
        routes.MapStaticAssets().AllowEveryone().Add(endpoint =>
        {
            // HEAD is answered for every GET before routing (Pipeline.HeadRequests), as for the other endpoints.
            endpoint.Metadata.Remove(endpoint.Metadata.OfType<HttpMethodMetadata>().Single());
            endpoint.Metadata.Add(new HttpMethodMetadata([HttpMethods.Get]));
        });
        return routes;
    }
}
