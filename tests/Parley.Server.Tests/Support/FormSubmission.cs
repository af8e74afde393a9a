using Microsoft.Playwright;

namespace Parley.Server.Tests.Support;

/// <summary>
/// Submits a form in the browser and waits until the answer's page is shown. The answer's response arriving is not its
/// page being shown: until the new document is parsed, the old one is still there, and waiting for a load state after
/// the response races the navigation (the state asked for may be the old document's, or the wait may start between the
/// new document's commit and its events). The new document's DOMContentLoaded, listened for before the form is sent,
/// fires once, for it only.
/// </summary>
internal static class FormSubmission
{
    /// <summary>Runs <paramref name="send"/>; returns the response <paramref name="isAnswer"/> picks, once the page it led to is parsed.</summary>
    public static async Task<IResponse> SubmitAsync(IPage page, Func<Task> send, Func<IResponse, bool> isAnswer)
    {
        // Generous: the whole suite shares two cores.
        var limit = TimeSpan.FromMinutes(2);
        var loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLoaded(object? sender, IPage e) => loaded.TrySetResult();
        page.DOMContentLoaded += OnLoaded;
        try
        {
            var response = await page.RunAndWaitForResponseAsync(send, isAnswer, new() { Timeout = (float)limit.TotalMilliseconds });
            await loaded.Task.WaitAsync(limit, TestContext.Current.CancellationToken);
            return response;
        }
        finally
        {
            page.DOMContentLoaded -= OnLoaded;
        }
    }
}
