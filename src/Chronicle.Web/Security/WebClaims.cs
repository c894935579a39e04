namespace Chronicle.Web.Security;

/// <summary>Claims only the web host uses, beside those every host shares (ChronicleClaims).</summary>
internal static class WebClaims
{
    /// <summary>How the layout greets the user ("Rosa Castillo, RN").</summary>
    public const string DisplayName = "chronicle:display-name";

    /// <summary>Present while the user signed in with a temporary password they must replace.</summary>
    public const string MustChangePassword = "chronicle:must-change-password";

    /// <summary>On a bearer token's principal: "true" when the token may change data.</summary>
    public const string TokenCanWrite = "chronicle:token-write";
}
