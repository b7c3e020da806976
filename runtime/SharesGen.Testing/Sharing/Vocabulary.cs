namespace SharesGen.Testing.Sharing;

/// <summary>The enum values the spec names, in spec order; the server accepts no others.</summary>
internal static class Vocabulary
{
    public static readonly string[] ShareStatuses = ["active", "deleting", "deleted"];
    public static readonly string[] ShareKinds = ["sent", "received"];
    public static readonly string[] TargetTypes = ["account", "organization"];
    public static readonly string[] ResourceStatuses = ["active", "deleting", "deleted"];
    public static readonly string[] AssociationStatuses = ["associating", "associated", "disassociating", "disassociated"];
    public static readonly string[] Orders = ["name", "created"];
    public static readonly string[] Directions = ["asc", "desc"];

    public static readonly string[] ResourceTypes =
    [
        "custom-ruleset",
        "gateway-policy",
        "gateway-destination-ip",
        "gateway-block-page-settings",
        "gateway-extended-email-matching",
        "idp-federation-grant",
    ];
}
