namespace Parley.Audit;

/// <summary>A server refused what was posted to it: the URL, the HTTP status and the server's own explanation (exit 2).</summary>
public sealed class SubmissionRefusedException(string url, int status, string detail)
    : Exception($"{url} refused the cosignature ({status}): {detail}")
{
    public string Url { get; } = url;

    public int Status { get; } = status;
}
