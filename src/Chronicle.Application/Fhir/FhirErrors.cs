namespace Chronicle.Application.Fhir;

/// <summary>The stable reason codes of the /fhir API, carried in every OperationOutcome it answers.</summary>
public static class FhirErrors
{
    public const string TypeUnknown = "FHIR-TYPE-UNKNOWN";
    public const string ResourceUnknown = "FHIR-RESOURCE-UNKNOWN";
    public const string ParameterUnknown = "FHIR-PARAMETER-UNSUPPORTED";
    public const string ParameterInvalid = "FHIR-PARAMETER-INVALID";
    public const string ParameterIgnored = "FHIR-PARAMETER-IGNORED";
    public const string InteractionUnsupported = "FHIR-INTERACTION-UNSUPPORTED";
    public const string BundleInvalid = "FHIR-BUNDLE-INVALID";
    public const string BundleType = "FHIR-BUNDLE-TYPE";
    public const string TransactionFailed = "FHIR-TRANSACTION-FAILED";
    public const string WriteDenied = "FHIR-WRITE-DENIED";
    public const string NotKept = "FHIR-NOT-KEPT";
    public const string VersionNotKept = "FHIR-VERSION-NOT-KEPT";
    public const string NotAcceptable = "FHIR-FORMAT-NOT-ACCEPTABLE";
    public const string EntryFailed = "FHIR-ENTRY-FAILED";
}
