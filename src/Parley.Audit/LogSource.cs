namespace Parley.Audit;

/// <summary>
/// A published log in the tlog-tiles layout (https://c2sp.org/tlog-tiles), read by relative path: a folder on disk or an
/// HTTP(S) base URL. Reads only what is published; never the database.
/// </summary>
public abstract class LogSource : IDisposable
{
    /// <summary>A folder for a path, an HTTP client for http:// and https:// URLs.</summary>
    public static LogSource For(string location) =>
        location.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || location.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? new HttpSource(location)
            : new FolderSource(location);

    /// <summary>The bytes of the file at <paramref name="relativePath"/>, or null when it is not there.</summary>
    public abstract byte[]? Fetch(string relativePath);

    /// <summary>Where <paramref name="relativePath"/> is, for messages.</summary>
    public abstract string Describe(string relativePath);

    public virtual void Dispose()
    {
    }

    private sealed class FolderSource : LogSource
    {
        private readonly string _root;

        public FolderSource(string root)
        {
            _root = Path.GetFullPath(root);
            if (!Directory.Exists(_root))
            {
                throw new DirectoryNotFoundException(_root);
            }
        }

        public override byte[]? Fetch(string relativePath)
        {
            var path = Path.Combine(_root, relativePath.Replace('/', Path.DirectorySeparatorChar));
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }

        public override string Describe(string relativePath) => Path.Combine(_root, relativePath);
    }

    private sealed class HttpSource : LogSource
    {
        private readonly HttpClient _client;
        private readonly string _base;

        public HttpSource(string url)
        {
            _base = url.EndsWith('/') ? url : url + "/";
            _client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        }

        public override byte[]? Fetch(string relativePath)
        {
            using var response = _client.GetAsync(_base + relativePath).GetAwaiter().GetResult();
            if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
            {
                return null;
            }
            if (!response.IsSuccessStatusCode)
            {
                throw new IOException($"GET {_base + relativePath} answered {(int)response.StatusCode} {response.ReasonPhrase}");
            }
            return response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
        }

        public override string Describe(string relativePath) => _base + relativePath;

        public override void Dispose() => _client.Dispose();
    }
}
