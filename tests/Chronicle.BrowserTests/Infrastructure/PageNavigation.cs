namespace Chronicle.BrowserTests.Infrastructure;

using System.Text.RegularExpressions;
using Microsoft.Playwright;

/// <summary>
/// Navigations the tests cause (a click, Enter in a form). The waiter is armed before the action
/// and settles on the navigation's commit, then on the rendered footer: waiting for the page's
/// "load" state raced with Chromium's lifecycle events in JavaScript-disabled contexts, while
/// the footer, the last element of every server-rendered page, is there once the page is.
/// </summary>
public static class PageNavigation
{
    public static async Task NavigateByAsync(this IPage page, Func<Task> action, Regex expectedUrl)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(expectedUrl);
        if (expectedUrl.IsMatch(page.Url))
        {
            throw new InvalidOperationException($"{page.Url} already matches {expectedUrl}: the wait could not tell the navigation happened.");
        }

        var navigated = page.WaitForURLAsync(expectedUrl, new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await action();
        await navigated;
        await page.Locator("footer.app-footer").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
    }
}
