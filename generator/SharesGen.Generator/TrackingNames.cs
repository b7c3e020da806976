namespace SharesGen.Generator;

/// <summary>The name of every tracked pipeline step, for <c>WithTrackingName</c> and the caching tests.</summary>
internal static class TrackingNames
{
    public const string SpecInput = nameof(SpecInput);
    public const string SpecResult = nameof(SpecResult);
    public const string Model = nameof(Model);
    public const string Diagnostics = nameof(Diagnostics);
    public const string Units = nameof(Units);
    public const string Outputs = nameof(Outputs);
    public const string Collisions = nameof(Collisions);
    public const string Consumer = nameof(Consumer);
    public const string Polyfills = nameof(Polyfills);
    public const string BaselineSurface = nameof(BaselineSurface);
    public const string ComparedSpec = nameof(ComparedSpec);
    public const string SpecUpdates = nameof(SpecUpdates);
}
