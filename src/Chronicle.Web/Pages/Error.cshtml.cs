namespace Chronicle.Web.Pages;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>Every error ends here with a plain explanation; never a stack trace.</summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "Something went wrong";

    public string Explanation { get; private set; } = "Chronicle could not finish this request. Nothing was changed. Try again, and tell your administrator if it keeps happening.";

    public bool IsNotFound { get; private set; }

    public void OnGet(int? status) => Describe(status);

    public void OnPost(int? status) => Describe(status);

    private void Describe(int? status)
    {
        if (status == StatusCodes.Status404NotFound)
        {
            IsNotFound = true;
            Title = "Page not found";
            Explanation = "There is nothing at this address. It may have been mistyped, or the record may not exist.";
        }
        else if (status == StatusCodes.Status403Forbidden)
        {
            Title = "Not allowed";
            Explanation = "Your role does not give access to this page. If you need it, ask your practice administrator.";
        }
        else if (status == StatusCodes.Status429TooManyRequests)
        {
            Title = "Too many attempts";
            Explanation = "There have been too many refused attempts from this computer or for this account. Wait a minute or two, then try again; if you have forgotten your password, ask your practice administrator to reset it.";
        }
        else if (status is >= 400 and < 500)
        {
            Title = "Request not accepted";
            Explanation = "The request could not be handled as sent.";
        }
    }
}
